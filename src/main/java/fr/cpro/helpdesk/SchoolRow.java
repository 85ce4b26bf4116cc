package fr.cpro.helpdesk;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the directory of schools.
 *
 * @param id                   the school's id
 * @param uai                  its UAI
 * @param name                 its name
 * @param academie             its académie
 * @param town                 its town, or {@code null}
 * @param account              where its account stands
 * @param accountSince         when the account was created (a pending one awaits since then); {@code null} without one
 * @param runningSubscriptions how many subscriptions are in use today
 * @param subscriptions        how many it has in all
 * @param nextEnd              the earliest last day of those in use, or {@code null}
 */
public record SchoolRow(long id, String uai, String name, String academie, String town, SchoolFilter.Account account,
                        Instant accountSince, int runningSubscriptions, int subscriptions, LocalDate nextEnd) {
}
