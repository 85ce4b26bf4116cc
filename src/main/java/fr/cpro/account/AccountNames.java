package fr.cpro.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The administrator's Prénom and NOM, as the first-connection form holds them; the lengths are
 * the columns'. {@link AccountLifecycleService#activate} applies the same rules again.
 */
public record AccountNames(
        @NotBlank(message = "{account.error.required}")
        @Size(max = Account.NAME_MAX, message = "{account.error.too-long}")
        String firstName,
        @NotBlank(message = "{account.error.required}")
        @Size(max = Account.NAME_MAX, message = "{account.error.too-long}")
        String lastName) {
}
