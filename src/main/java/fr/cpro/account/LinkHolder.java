package fr.cpro.account;

/**
 * Whom a valid link from a mail is for, as its page shows it.
 *
 * @param login     the UAI or the agent's e-mail
 * @param firstName Prénom, if known
 * @param lastName  NOM, if known
 * @param newEmail  for an e-mail change, the address to confirm
 */
public record LinkHolder(String login, String firstName, String lastName, String newEmail) {
}
