package fr.cpro.helpdesk;

import java.util.List;

/**
 * What a canned response's placeholders stand for in one ticket; a {@code null} part leaves its
 * placeholder in the text, for the agent to complete by hand.
 *
 * @param etablissement  the school's name, for {@code {etablissement}}
 * @param administrateur the school administrator's "Prénom NOM", for {@code {administrateur}}
 * @param reference      the ticket's reference (CPRO-2026-000123), for {@code {reference}}
 * @param echeance       the ticket's answer deadline as the school reads it (a French date), for {@code {echeance}}
 */
public record CannedValues(String etablissement, String administrateur, String reference, String echeance) {

    /** Every placeholder, as written in a text; the form lists them. */
    public static final List<String> PLACEHOLDERS =
            List.of("{etablissement}", "{administrateur}", "{reference}", "{echeance}");

    /** No value known: every placeholder stays as written. */
    public static final CannedValues NONE = new CannedValues(null, null, null, null);

    /** The value of a placeholder's name (without braces); {@code null} for an unknown name or a missing value. */
    String valueOf(String name) {
        return switch (name) {
            case "etablissement" -> etablissement;
            case "administrateur" -> administrateur;
            case "reference" -> reference;
            case "echeance" -> echeance;
            default -> null;
        };
    }
}
