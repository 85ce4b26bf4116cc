package fr.cpro.account;

import fr.cpro.establishment.EstablishmentSummary;

import java.util.Optional;

/**
 * What the personal space shows of an account.
 *
 * @param displayName "Prénom NOM"
 * @param firstName   Prénom
 * @param lastName    NOM
 * @param login       the UAI or the agent's e-mail
 * @param email       the contact address
 * @param role        one of {@link fr.cpro.security.AppRoles}
 * @param school      the school of an administrator
 */
public record AccountProfile(String displayName, String firstName, String lastName, String login, String email,
                             String role, Optional<EstablishmentSummary> school) {
}
