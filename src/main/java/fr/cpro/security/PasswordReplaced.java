package fr.cpro.security;

/**
 * An account's password was replaced (changed by its user, or reset from a mail link). Published
 * inside the transaction that changes it; the other sessions are ended, and for a reset the
 * login's throttle count is cleared, only once that transaction has committed: a change that
 * rolls back signs nobody out.
 *
 * @param accountId     the account
 * @param login         its login
 * @param keepSessionId the session that stays signed in (the user who changed it), or {@code null}
 *                      to end them all
 * @param reset         a reset from a mail link: the owner proved they hold the mailbox, so the
 *                      login's failure count starts afresh
 */
public record PasswordReplaced(long accountId, String login, String keepSessionId, boolean reset) {
}
