package fr.cpro.establishment;

import java.time.LocalDate;

/** Where a subscription stands on a given day. The rules live here, next to their names. */
public enum SubscriptionStatus {

    /** Starts later: the diploma cannot be chosen yet. */
    UPCOMING,
    /** Running, and ends in more than {@value #WARNING_DAYS} days. */
    VALID,
    /** Running, but ends within {@value #WARNING_DAYS} days: Accueil warns the school. */
    EXPIRING,
    /** Its last day has passed: shown, but the diploma cannot be chosen. */
    EXPIRED;

    /** How many days before the end Accueil starts warning. */
    public static final int WARNING_DAYS = 30;

    /**
     * The status on {@code today} of a subscription running from {@code start} to {@code end}, both
     * days included. "Within 30 days" counts the days left after today: ending today or in 30 days
     * warns, ending in 31 days does not.
     */
    public static SubscriptionStatus on(LocalDate start, LocalDate end, LocalDate today) {
        if (today.isBefore(start)) {
            return UPCOMING;
        }
        if (today.isAfter(end)) {
            return EXPIRED;
        }
        return today.plusDays(WARNING_DAYS).isBefore(end) ? VALID : EXPIRING;
    }

    /** The translation key of the status's French name, for its badge. */
    public String labelKey() {
        return "subscription.status." + name();
    }

    /** Whether the school may work in the diploma today. */
    public boolean usable() {
        return this == VALID || this == EXPIRING;
    }
}
