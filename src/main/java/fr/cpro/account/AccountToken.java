package fr.cpro.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A single-use link sent by mail, stored as the SHA-256 of its random token. */
@Entity
@Table(name = "account_token")
class AccountToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private TokenPurpose purpose;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "new_email", length = Account.EMAIL_MAX, updatable = false)
    private String newEmail;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "voided_at")
    private Instant voidedAt;

    @Version
    private long version;

    protected AccountToken() {
    }

    AccountToken(long accountId, TokenPurpose purpose, String tokenHash, String newEmail, Instant now) {
        this.accountId = accountId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.newEmail = newEmail;
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.validity());
    }

    /** Why this token cannot be used at {@code now}, or {@code null} when it can. */
    TokenRefusedException.Reason refusal(Instant now) {
        if (usedAt != null) {
            return TokenRefusedException.Reason.USED;
        }
        if (voidedAt != null) {
            return TokenRefusedException.Reason.REPLACED;
        }
        if (!now.isBefore(expiresAt)) {
            return TokenRefusedException.Reason.EXPIRED;
        }
        return null;
    }

    void use(Instant now) {
        this.usedAt = now;
    }

    void voidBy(Instant now) {
        this.voidedAt = now;
    }

    Long getAccountId() {
        return accountId;
    }

    TokenPurpose getPurpose() {
        return purpose;
    }

    String getNewEmail() {
        return newEmail;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    Instant getUsedAt() {
        return usedAt;
    }

    Instant getVoidedAt() {
        return voidedAt;
    }
}
