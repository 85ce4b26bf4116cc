package fr.cpro.support;

/**
 * What a request is about, as the guide's "Votre demande concerne" offers it. The help
 * centre groups its questions by it, and a ticket carries one.
 */
public enum SupportCategory {

    COMPTE_UTILISATEUR,
    ABONNEMENT,
    UTILISATION;

    /** The translation key of the French label, e.g. "Abonnement". */
    public String labelKey() {
        return "support.category." + name();
    }

    /** The translation key of the help centre's line under the label. */
    public String descriptionKey() {
        return "help.category." + name() + ".description";
    }
}
