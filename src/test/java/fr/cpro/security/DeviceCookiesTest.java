package fr.cpro.security;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The device cookie's signature, binding to one login, lifetime and attributes. */
class DeviceCookiesTest {

    static final String SECRET = "un secret de test assez long pour signer des cookies";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
    // A configured secret: the database is never asked (null JdbcClient).
    private final DeviceCookies devices = new DeviceCookies(null, clock, SECRET);

    @Test
    void aCookieIsBelievedForItsLoginOnly() {
        String value = devices.newValue("0759999L");
        assertThat(devices.verify(value, "0759999L")).isPresent();
        assertThat(devices.verify(value, "0750655E")).isEmpty();
        assertThat(devices.newValue("0759999L")).as("a new nonce each time").isNotEqualTo(value);
    }

    @Test
    void aTamperedCookieOrOneSignedWithAnotherSecretIsNotBelieved() {
        String value = devices.newValue("0759999L");
        String[] parts = value.split("\\.");
        String otherLogin = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("0750655E".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(devices.verify(otherLogin + "." + parts[1] + "." + parts[2] + "." + parts[3], "0750655E")).isEmpty();
        assertThat(devices.verify(parts[0] + "." + parts[1] + "." + (Long.parseLong(parts[2]) + 1) + "." + parts[3],
                "0759999L")).isEmpty();
        var elsewhere = new DeviceCookies(null, clock, "un autre secret, tout aussi long que le premier");
        assertThat(elsewhere.verify(value, "0759999L")).isEmpty();
        assertThat(devices.verify("pas.un.cookie.valide", "0759999L")).isEmpty();
        assertThat(devices.verify("", "0759999L")).isEmpty();
    }

    @Test
    void aCookieExpiresAfterAYear() {
        String value = devices.newValue("0759999L");
        clock.advance(DeviceCookies.LIFETIME.minus(Duration.ofDays(1)));
        assertThat(devices.verify(value, "0759999L")).isPresent();
        clock.advance(Duration.ofDays(2));
        assertThat(devices.verify(value, "0759999L")).isEmpty();
    }

    @Test
    void theCookieIsHttpOnlyStrictLongLivedSentToTheLoginOnlyAndSecureOverHttps() {
        var request = new MockHttpServletRequest("POST", "/login");
        request.setSecure(true);
        var response = new MockHttpServletResponse();
        devices.issue(request, response, "agent@cpro.demo");
        String header = response.getHeader(HttpHeaders.SET_COOKIE);
        assertThat(header).startsWith(DeviceCookies.cookieName("agent@cpro.demo") + "=")
                .contains("HttpOnly", "Secure", "SameSite=Strict", "Path=/login", "Max-Age=31536000")
                .doesNotContain("agent@cpro.demo;");

        var plain = new MockHttpServletResponse();
        devices.issue(new MockHttpServletRequest("POST", "/login"), plain, "agent@cpro.demo");
        assertThat(plain.getHeader(HttpHeaders.SET_COOKIE)).doesNotContain("Secure");

        // Read back from a later request, under its per-login name.
        String value = header.substring(header.indexOf('=') + 1, header.indexOf(';'));
        var later = new MockHttpServletRequest("POST", "/login");
        later.setCookies(new Cookie(DeviceCookies.cookieName("agent@cpro.demo"), value));
        assertThat(devices.verifiedNonce(later, "agent@cpro.demo")).isPresent();
        assertThat(devices.verifiedNonce(later, "superviseur@cpro.demo")).isEmpty();
    }

    @Test
    void aShortConfiguredSecretStopsTheStart() {
        assertThatThrownBy(() -> new DeviceCookies(null, clock, "trop court"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("CPRO_DEVICE_COOKIE_SECRET");
    }
}
