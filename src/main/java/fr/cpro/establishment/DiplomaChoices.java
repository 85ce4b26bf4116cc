package fr.cpro.establishment;

import java.util.List;
import java.util.Optional;

/**
 * What the "Changer de diplôme" dialog offers: every diploma the school subscribed to (expired
 * ones too, so the school sees why it cannot pick them) and the one the user works in.
 *
 * @param subscriptions the school's subscriptions, in the catalogue's order
 * @param active        the active diploma; empty when the school has no valid subscription
 */
public record DiplomaChoices(List<SubscriptionSummary> subscriptions, Optional<DiplomaSummary> active) {

    /** Whether at least one diploma can be chosen. */
    public boolean anyUsable() {
        return subscriptions.stream().anyMatch(s -> s.status().usable());
    }

    public boolean isActive(SubscriptionSummary subscription) {
        return active.map(a -> a.id() == subscription.diploma().id()).orElse(false);
    }
}
