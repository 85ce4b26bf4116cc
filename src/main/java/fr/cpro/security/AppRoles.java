package fr.cpro.security;

import java.util.List;

/**
 * The three roles of CPRO STI, as used in {@code @RolesAllowed} and {@code @PreAuthorize}.
 * A supervisor is also granted {@link #AGENT}: a lead agent does everything an agent does.
 */
public final class AppRoles {

    /** The administrator of one school, signed in with the school's UAI. */
    public static final String ETABLISSEMENT = "ETABLISSEMENT";
    /** A member of the CPRO support team, signed in with a professional e-mail. */
    public static final String AGENT = "AGENT";
    /** A lead agent: everything an agent does, plus managing agents. */
    public static final String SUPERVISEUR = "SUPERVISEUR";

    /** Every role, for what is done per role (their French names, checked by TranslationKeysTest). */
    public static final List<String> ALL = List.of(ETABLISSEMENT, AGENT, SUPERVISEUR);

    private AppRoles() {
    }

    /** The translation key of the role's French name, e.g. "Superviseur". */
    public static String labelKey(String role) {
        return "role." + role;
    }
}
