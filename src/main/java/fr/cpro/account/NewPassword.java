package fr.cpro.account;

import jakarta.validation.constraints.NotBlank;

/**
 * A new password typed twice, as the password forms hold it. The rules that depend on the account
 * (length in bytes, personal words, common passwords) are {@link PasswordPolicy}'s, applied as the
 * user types and again by the service; the form also checks that both entries match.
 *
 * @param password     the new password
 * @param confirmation the same, typed again
 */
public record NewPassword(
        @NotBlank(message = "{password.rule.length}")
        String password,
        String confirmation) {
}
