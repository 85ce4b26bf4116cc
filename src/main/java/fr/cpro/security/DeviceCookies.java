package fr.cpro.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The device cookie of OWASP's scheme against account lockout: a browser that signed in to an
 * account gets a long-lived cookie naming that login and a random nonce, signed with a server
 * secret (HMAC-SHA256). On later sign-ins to the same login the {@link LoginThrottle} trusts
 * that browser, so strangers' failures never lock it out.
 *
 * <p>One cookie per login (a shared school computer may serve an administrator and an agent),
 * sent only to the login path, HttpOnly, SameSite=Strict, Secure over HTTPS. A cookie is
 * believed only when its signature is right, it names the login being tried, and it is
 * younger than {@link #LIFETIME}.
 *
 * <p>The secret comes from {@code cpro.security.device-cookie-secret} ({@code CPRO_DEVICE_COOKIE_SECRET});
 * unset, one is generated once and kept in the database, shared by every instance.
 *
 * <p>Also the hook that sets the cookie: as a {@link SessionAuthenticationStrategy}, the login
 * form's filter calls it with the response after each successful sign-in.
 */
@Component
class DeviceCookies implements SessionAuthenticationStrategy {

    static final String NAME_PREFIX = "cpro_device_";
    static final Duration LIFETIME = Duration.ofDays(365);
    static final String SECRET_NAME = "device-cookie";
    private static final int MIN_SECRET_LENGTH = 32;
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getUrlDecoder();

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final Clock clock;
    private final String configuredSecret;
    private volatile byte[] key;

    DeviceCookies(JdbcClient jdbc, Clock clock,
                  @Value("${cpro.security.device-cookie-secret:}") String configuredSecret) {
        if (!configuredSecret.isBlank() && configuredSecret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException("CPRO_DEVICE_COOKIE_SECRET must be at least " + MIN_SECRET_LENGTH
                    + " characters long (or unset, and the application generates one)");
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.configuredSecret = configuredSecret;
    }

    /** The cookie's name for this login: one per account, and the login itself not shown. */
    static String cookieName(String login) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(login.getBytes(StandardCharsets.UTF_8));
            return NAME_PREFIX + HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The nonce of this request's device cookie for this login, if the cookie is genuine, names
     * this login and has not expired.
     */
    Optional<String> verifiedNonce(HttpServletRequest request, String login) {
        if (login == null || request.getCookies() == null) {
            return Optional.empty();
        }
        String name = cookieName(login);
        for (Cookie cookie : request.getCookies()) {
            if (name.equals(cookie.getName())) {
                Optional<String> nonce = verify(cookie.getValue(), login);
                if (nonce.isPresent()) {
                    return nonce;
                }
            }
        }
        return Optional.empty();
    }

    /** The nonce of a cookie value, if it is genuine, names this login and has not expired. */
    Optional<String> verify(String value, String login) {
        String[] parts = value == null ? new String[0] : value.split("\\.");
        if (parts.length != 4) {
            return Optional.empty();
        }
        String payload = parts[0] + "." + parts[1] + "." + parts[2];
        byte[] given;
        try {
            given = B64_DECODER.decode(parts[3]);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(given, sign(payload))) {
            return Optional.empty();
        }
        String named = new String(B64_DECODER.decode(parts[0]), StandardCharsets.UTF_8);
        long issued;
        try {
            issued = Long.parseLong(parts[2]);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        boolean fresh = Instant.ofEpochSecond(issued).plus(LIFETIME).isAfter(clock.instant());
        return named.equals(login) && fresh ? Optional.of(parts[1]) : Optional.empty();
    }

    /** A new signed value for this login, with a new nonce. */
    String newValue(String login) {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        String payload = B64.encodeToString(login.getBytes(StandardCharsets.UTF_8)) + "." + B64.encodeToString(nonce)
                + "." + clock.instant().getEpochSecond();
        return payload + "." + B64.encodeToString(sign(payload));
    }

    /** Gives this browser a fresh device cookie for this login. */
    void issue(HttpServletRequest request, HttpServletResponse response, String login) {
        String path = request.getContextPath() + "/login";
        ResponseCookie cookie = ResponseCookie.from(cookieName(login), newValue(login))
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Strict")
                .path(path)
                .maxAge(LIFETIME)
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    /** After a successful sign-in through the login form. */
    @Override
    public void onAuthentication(Authentication authentication, HttpServletRequest request,
                                 HttpServletResponse response) {
        if (authentication.getPrincipal() instanceof CproPrincipal principal) {
            issue(request, response, principal.login());
        }
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The signing key, read once. Without a setting: the database's, created by the first
     * instance that needs it (the insert is ignored when another instance won the race, and
     * both then read the same row).
     */
    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            synchronized (this) {
                k = key;
                if (k == null) {
                    k = configuredSecret.isBlank() ? storedSecret() : configuredSecret.getBytes(StandardCharsets.UTF_8);
                    key = k;
                }
            }
        }
        return k;
    }

    private byte[] storedSecret() {
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        jdbc.sql("INSERT IGNORE INTO server_secret (name, secret, created_at) VALUES (?, ?, ?)")
                .params(SECRET_NAME, B64.encodeToString(fresh), LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).update();
        String stored = jdbc.sql("SELECT secret FROM server_secret WHERE name = ?").param(SECRET_NAME)
                .query(String.class).single();
        return B64_DECODER.decode(stored);
    }
}
