package fr.cpro.helpdesk.directory;

import java.util.Locale;

/** Why a line of the directory cannot be imported; each has its French explanation. */
public enum Refusal {
    UAI_MISSING,
    UAI_FORMAT,
    UAI_CHECK_LETTER,
    /** The same UAI on several lines of the file: none of them is imported (which one is right?). */
    DUPLICATE,
    NAME_MISSING,
    NAME_TOO_LONG,
    MAIL_MISSING,
    MAIL_INVALID,
    ACADEMIE_MISSING,
    ACADEMIE_TOO_LONG,
    TOWN_TOO_LONG;

    /** The key of its French explanation, e.g. {@code helpdesk.import.refusal.uai-check-letter}. */
    public String messageKey() {
        return "helpdesk.import.refusal." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Refusals about the UAI itself: such a line has no UAI that could clash with another. */
    boolean aboutUai() {
        return this == UAI_MISSING || this == UAI_FORMAT || this == UAI_CHECK_LETTER;
    }
}
