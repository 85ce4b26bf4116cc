package fr.cpro.account;

import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The single-use links: a random token of 256 bits goes into the mail, only its SHA-256 is
 * stored; a new link voids the open ones of the same kind. Runs in the caller's transaction.
 */
@Component
class AccountTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Longer than any token we make: longer input is refused before hashing. */
    private static final int MAX_TOKEN_LENGTH = 100;

    private final AccountTokenRepository tokens;
    private final Clock clock;

    AccountTokens(AccountTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A new link for this account; returns the token for the mail. */
    String issue(long accountId, TokenPurpose purpose, String newEmail) {
        Instant now = clock.instant();
        voidOpen(accountId, purpose, now);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.save(new AccountToken(accountId, purpose, hash(token), newEmail, now));
        return token;
    }

    /** Whether a link of this kind was sent to this account since {@code since} and is still open. */
    boolean sentSince(long accountId, TokenPurpose purpose, Instant since) {
        return tokens.findByAccountIdAndPurposeAndUsedAtIsNullAndVoidedAtIsNull(accountId, purpose).stream()
                .anyMatch(t -> t.getCreatedAt().isAfter(since));
    }

    void voidOpen(long accountId, TokenPurpose purpose, Instant now) {
        tokens.findByAccountIdAndPurposeAndUsedAtIsNullAndVoidedAtIsNull(accountId, purpose)
                .forEach(t -> t.voidBy(now));
    }

    /**
     * The link behind this token, if it may be used now.
     *
     * @throws TokenRefusedException unknown (or for another purpose), used, replaced or expired
     */
    AccountToken find(String token, TokenPurpose purpose) {
        var link = token == null || token.isBlank() || token.length() > MAX_TOKEN_LENGTH ? null
                : tokens.findByTokenHash(hash(token)).filter(t -> t.getPurpose() == purpose).orElse(null);
        if (link == null) {
            throw new TokenRefusedException(TokenRefusedException.Reason.INVALID, purpose);
        }
        var reason = link.refusal(clock.instant());
        if (reason != null) {
            throw new TokenRefusedException(reason, purpose);
        }
        return link;
    }

    static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
