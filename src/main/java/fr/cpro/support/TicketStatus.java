package fr.cpro.support;

/** Where a ticket stands, in the words the school reads ({@code support.status.<NAME>}). */
public enum TicketStatus {
    /** Nouveau: sent, not yet taken by the team. */
    NOUVEAU,
    /** En cours: the team works on it, or the school answered. */
    EN_COURS,
    /** En attente de votre réponse: the team answered and waits for the school. */
    EN_ATTENTE,
    /** Résolu: closes itself after some days without a reply; a reply reopens it. */
    RESOLU,
    /** Fermé: final. */
    FERME;

    /** The translation key of its French label. */
    public String labelKey() {
        return "support.status." + name();
    }

    /** Whether it still takes replies, from the school or the team. */
    public boolean isOpenToReplies() {
        return this != FERME;
    }
}
