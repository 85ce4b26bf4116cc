package fr.cpro.establishment;

import fr.cpro.base.EmailAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a school's administrator may change about their school. The form's binder and the
 * service check these same constraints; the lengths are the columns'.
 *
 * @param name          the school's name
 * @param officialEmail its official mailbox
 */
public record SchoolDetails(
        @NotBlank(message = "{school.error.name-required}")
        @Size(max = NAME_MAX, message = "{school.error.name-too-long}")
        String name,
        @NotBlank(message = "{school.error.email-required}")
        @Size(max = EMAIL_MAX, message = "{school.error.email-invalid}")
        @EmailAddress(message = "{school.error.email-invalid}")
        String officialEmail) {

    public static final int NAME_MAX = Establishment.NAME_MAX;
    public static final int EMAIL_MAX = Establishment.EMAIL_MAX;
}
