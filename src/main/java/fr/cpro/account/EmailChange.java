package fr.cpro.account;

import fr.cpro.base.EmailAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What Espace personnel's "Modifier l'adresse e-mail" form holds. Its binder checks the address
 * with the application's e-mail rule; {@link AccountLifecycleService#requestEmailChange} applies the
 * same rule again, and checks the password.
 *
 * @param newEmail        the new address, as typed
 * @param currentPassword the account's password, proof that the owner asks
 */
public record EmailChange(
        @NotBlank(message = "{account.email.error.format}")
        @Size(max = Account.EMAIL_MAX, message = "{account.email.error.format}")
        @EmailAddress(message = "{account.email.error.format}")
        String newEmail,
        String currentPassword) {
}
