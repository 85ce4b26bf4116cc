package fr.cpro.account;

/**
 * A school's administrator account, as the support team sees it beside a ticket.
 *
 * @param displayName "Prénom NOM", or {@code null} while the first connection (where they give their name) is to come
 * @param email       where the account's mails go (the school's official mailbox)
 * @param activated   whether the administrator has chosen their password (the first connection happened)
 */
public record SchoolAdministrator(String displayName, String email, boolean activated) {
}
