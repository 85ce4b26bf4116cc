package fr.cpro.establishment;

import java.text.Normalizer;
import java.util.Locale;

/** The Education ministry's naming of a school's official mailbox: {@code ce.<UAI>@ac-<académie>.fr}. */
public final class OfficialMailbox {

    private OfficialMailbox() {
    }

    /**
     * The usual official mailbox of a school, to suggest (the team may edit it: a few académies differ).
     *
     * @return e.g. {@code ce.0130001G@ac-aix-marseille.fr} for 0130001G in "Aix-Marseille"; empty when either
     *         part is empty
     */
    public static String suggest(String uai, String academie) {
        String slug = slug(academie);
        if (uai == null || uai.isBlank() || slug.isEmpty()) {
            return "";
        }
        return "ce." + uai.strip() + "@ac-" + slug + ".fr";
    }

    /** Lower case, accents dropped, every run of spaces, apostrophes or other signs made one hyphen. */
    static String slug(String academie) {
        if (academie == null) {
            return "";
        }
        String plain = Normalizer.normalize(academie.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
