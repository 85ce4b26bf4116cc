package fr.cpro.security;

import java.time.LocalDate;

/**
 * What the Journal asks of the audit trail; every part is optional ({@code null} or blank: no filter).
 *
 * @param type  one kind of event
 * @param login the account's login (UAI or e-mail), or its beginning; case ignored
 * @param uai   the school the events are about
 * @param from  the first day (the schools' time zone), included
 * @param to    the last day, included
 */
public record AuditQuery(AuditEvent.Type type, String login, String uai, LocalDate from, LocalDate to) {

    /** The longest login the filter reads: the column's length. */
    public static final int LOGIN_MAX = 254;

    /** No filter: every event. */
    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null);
}
