package fr.cpro.account;

/**
 * A member of the support team (agent or supervisor), as other agents see them.
 *
 * @param displayName "Prénom NOM"
 */
public record StaffMember(long id, String displayName, String email) {
}
