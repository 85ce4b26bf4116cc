package fr.cpro.account;

import java.time.Instant;

/**
 * A school's administrator account, for the support team's school page.
 *
 * @param id             the account's id
 * @param login          the school's UAI
 * @param displayName    "Prénom NOM", or the UAI before the first connection
 * @param email          where its links go (the school's official mailbox)
 * @param status         pending, active or disabled
 * @param createdAt      when the account was created: a pending account awaits its activation since then
 * @param changedAt      its last change (a disabled account was disabled then, or later)
 * @param activationLink the latest activation link sent, or {@code null} when none was ever sent
 */
public record SchoolAccount(long id, String login, String displayName, String email, AccountStatus status,
                            Instant createdAt, Instant changedAt, ActivationLink activationLink) {

    /**
     * The latest activation link mailed to the account.
     *
     * @param sentAt    when it was sent
     * @param expiresAt when it stops working by itself
     * @param usedAt    when the administrator used it, or {@code null}
     * @param voidedAt  when a newer link or a disabling voided it, or {@code null}
     */
    public record ActivationLink(Instant sentAt, Instant expiresAt, Instant usedAt, Instant voidedAt) {

        /** Whether the link still works at {@code now}. */
        public boolean usableAt(Instant now) {
            return usedAt == null && voidedAt == null && now.isBefore(expiresAt);
        }
    }
}
