package fr.cpro.helpdesk.ui;

import com.vaadin.flow.component.Component;
import fr.cpro.base.ui.Badge;

import java.time.Duration;

/** "Échéance" in words: "reste 5 h ouvrées", "dépassée de 2 h", "en pause (reste 10 h ouvrées)". */
final class DueText {

    private DueText() {
    }

    /**
     * @param left   business time left (negative: overdue), or {@code null} when nothing waits for the team
     * @param paused the ticket waits for the school ("En attente de votre réponse"): its clock stands still,
     *               with the time it had left, or with none when the team's reply answered every message
     */
    static Component of(Component i18n, Duration left, boolean paused) {
        if (left == null) {
            return paused ? new Badge(i18n.getTranslation("helpdesk.due.paused.none"), "en-attente")
                    : new Badge(i18n.getTranslation("helpdesk.due.none"), "ferme");
        }
        String amount = amount(i18n, left.abs());
        if (paused) {
            return new Badge(i18n.getTranslation(left.isNegative() ? "helpdesk.due.paused.over" : "helpdesk.due.paused",
                    amount), "en-attente");
        }
        if (left.isNegative()) {
            return new Badge(i18n.getTranslation("helpdesk.due.over", amount), "overdue");
        }
        boolean soon = left.compareTo(Duration.ofHours(fr.cpro.support.QueueFilter.Sla.SOON_BUSINESS_HOURS)) < 0;
        return new Badge(i18n.getTranslation("helpdesk.due.left", amount), soon ? "en-cours" : "resolu");
    }

    private static String amount(Component i18n, Duration d) {
        return d.toHours() >= 1 ? i18n.getTranslation("helpdesk.due.hours", d.toHours())
                : i18n.getTranslation("helpdesk.due.minutes", Math.max(1, d.toMinutes()));
    }
}
