package fr.cpro.establishment;

import java.util.regex.Pattern;

/**
 * What a school's administrator may change about their school. The form checks the same rules
 * as the service, with the same limits.
 *
 * @param name          the school's name
 * @param officialEmail its official mailbox
 */
public record SchoolDetails(String name, String officialEmail) {

    public static final int NAME_MAX = Establishment.NAME_MAX;
    public static final int EMAIL_MAX = Establishment.EMAIL_MAX;
    // Deliberately plain: one @, something on each side, a dot in the domain, no spaces.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** Whether the text looks like an e-mail address that a mailbox could have. */
    public static boolean isEmail(String value) {
        return value != null && EMAIL.matcher(value.strip()).matches();
    }

    /**
     * The details trimmed, or the first problem found.
     *
     * @throws InvalidSchoolDetailsException naming the field and the problem
     */
    SchoolDetails validated() {
        String n = name == null ? "" : name.strip();
        String e = officialEmail == null ? "" : officialEmail.strip();
        if (n.isEmpty()) {
            throw new InvalidSchoolDetailsException("school.error.name-required");
        }
        if (n.length() > NAME_MAX) {
            throw new InvalidSchoolDetailsException("school.error.name-too-long");
        }
        if (e.isEmpty()) {
            throw new InvalidSchoolDetailsException("school.error.email-required");
        }
        if (e.length() > EMAIL_MAX || !isEmail(e)) {
            throw new InvalidSchoolDetailsException("school.error.email-invalid");
        }
        return new SchoolDetails(n, e);
    }
}
