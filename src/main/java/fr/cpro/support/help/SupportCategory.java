package fr.cpro.support.help;

/**
 * What a request is about, as the guide's "Votre demande concerne" lists it: the help
 * centre groups its answers by it and a ticket must name one. Translation keys:
 * {@code support.category.<NAME>}.
 */
public enum SupportCategory {
    /** Compte utilisateur. */
    COMPTE_UTILISATEUR,
    /** Abonnement. */
    ABONNEMENT,
    /** Utilisation de l'application. */
    UTILISATION
}
