package fr.cpro.establishment;

import java.time.LocalDate;

/**
 * The school cannot work in this diploma: no subscription to it, or one that has expired or
 * not started. Carries what the screen needs to say why, in French.
 */
public class DiplomaNotSelectableException extends RuntimeException {

    private final SubscriptionStatus status;
    private final LocalDate date;

    DiplomaNotSelectableException(SubscriptionStatus status, LocalDate date) {
        super("diploma not selectable: " + (status == null ? "no subscription" : status + " " + date));
        this.status = status;
        this.date = date;
    }

    /** The translation key of the reason; {0} is {@link #date()} formatted. */
    public String messageKey() {
        if (status == null) {
            return "diploma.error.not-subscribed";
        }
        return status == SubscriptionStatus.UPCOMING ? "diploma.error.upcoming" : "diploma.error.expired";
    }

    /** The end date of an expired subscription, the start date of an upcoming one; null otherwise. */
    public LocalDate date() {
        return date;
    }
}
