package fr.cpro.establishment;

import java.time.LocalDate;

/**
 * A school's subscription as the screens show it, evaluated on one day.
 *
 * @param id        the subscription's id
 * @param diploma   the diploma it gives access to
 * @param startDate first day of access
 * @param endDate   last day of access (included)
 * @param licences  number of licences bought
 * @param status    its status on the day it was read
 * @param daysLeft  days from that day to the end date (negative once expired)
 */
public record SubscriptionSummary(long id, DiplomaSummary diploma, LocalDate startDate, LocalDate endDate,
                                  int licences, SubscriptionStatus status, long daysLeft) {
}
