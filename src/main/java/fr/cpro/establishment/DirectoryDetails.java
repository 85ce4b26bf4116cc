package fr.cpro.establishment;

import fr.cpro.base.EmailAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the support team records of a school besides its UAI, by hand or from the national directory. The
 * form's binder and the service check these same constraints; the lengths are the columns'.
 *
 * @param name          the school's name
 * @param officialEmail its official mailbox, where the activation link goes
 * @param academie      its académie, e.g. "Aix-Marseille"
 * @param town          its commune; may be empty (schools registered before it was kept)
 */
public record DirectoryDetails(
        @NotBlank(message = "{school.error.name-required}")
        @Size(max = NAME_MAX, message = "{school.error.name-too-long}")
        String name,
        @NotBlank(message = "{school.error.email-required}")
        @Size(max = EMAIL_MAX, message = "{school.error.email-invalid}")
        @EmailAddress(message = "{school.error.email-invalid}")
        String officialEmail,
        @NotBlank(message = "{school.error.academie-required}")
        @Size(max = ACADEMIE_MAX, message = "{school.error.academie-too-long}")
        String academie,
        @Size(max = TOWN_MAX, message = "{school.error.town-too-long}")
        String town) {

    public static final int NAME_MAX = Establishment.NAME_MAX;
    public static final int EMAIL_MAX = Establishment.EMAIL_MAX;
    public static final int ACADEMIE_MAX = Establishment.ACADEMIE_MAX;
    public static final int TOWN_MAX = Establishment.TOWN_MAX;
}
