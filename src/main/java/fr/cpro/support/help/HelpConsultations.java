package fr.cpro.support.help;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The consultations of help entries, in plain SQL: the "once per user, entry and day" rule
 * is the table's primary key, and a {@link LocalDate} goes to the driver as is (JPA would
 * shift a DATE through the UTC JDBC time zone).
 */
@Repository
class HelpConsultations {

    private final JdbcClient jdbc;

    HelpConsultations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records that this account read this entry on this day; a repeat of the same day changes nothing. */
    void record(long accountId, long entryId, LocalDate day) {
        // Not INSERT IGNORE: that would also swallow a foreign-key error for an unknown entry.
        jdbc.sql("""
                        INSERT INTO help_consultation (account_id, entry_id, consulted_on)
                        VALUES (:account, :entry, :day)
                        ON DUPLICATE KEY UPDATE consulted_on = consulted_on""")
                .param("account", accountId)
                .param("entry", entryId)
                .param("day", day)
                .update();
    }

    /**
     * The ids of the {@code limit} published entries read by the most distinct (user, day) pairs between
     * {@code from} and {@code to} inclusive; equal counts, and entries nobody read, follow the
     * editorial order, so the list is full as soon as there are enough entries.
     */
    List<Long> mostConsulted(LocalDate from, LocalDate to, int limit) {
        return jdbc.sql("""
                        SELECT e.id
                        FROM help_entry e
                        LEFT JOIN help_consultation c
                               ON c.entry_id = e.id AND c.consulted_on BETWEEN :from AND :to
                        WHERE e.published
                        GROUP BY e.id, e.editorial_order
                        ORDER BY COUNT(c.entry_id) DESC, e.editorial_order, e.id
                        LIMIT :limit""")
                .param("from", from)
                .param("to", to)
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    /**
     * How many distinct (user, day) pairs read each of these entries between {@code from} and {@code to}
     * inclusive; an entry nobody read is absent from the map.
     */
    Map<Long, Long> counts(Collection<Long> entryIds, LocalDate from, LocalDate to) {
        if (entryIds.isEmpty()) {
            return Map.of();
        }
        var counts = new HashMap<Long, Long>();
        jdbc.sql("""
                        SELECT entry_id, COUNT(*) AS readings
                        FROM help_consultation
                        WHERE entry_id IN (:ids) AND consulted_on BETWEEN :from AND :to
                        GROUP BY entry_id""")
                .param("ids", entryIds)
                .param("from", from)
                .param("to", to)
                .query((rs, row) -> counts.put(rs.getLong("entry_id"), rs.getLong("readings")))
                .list();
        return counts;
    }
}
