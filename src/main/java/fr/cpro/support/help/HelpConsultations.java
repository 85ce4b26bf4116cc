package fr.cpro.support.help;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;

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
     * The ids of the {@code limit} entries read by the most distinct (user, day) pairs between
     * {@code from} and {@code to} inclusive; equal counts, and entries nobody read, follow the
     * editorial order, so the list is full as soon as there are enough entries.
     */
    List<Long> mostConsulted(LocalDate from, LocalDate to, int limit) {
        return jdbc.sql("""
                        SELECT e.id
                        FROM help_entry e
                        LEFT JOIN help_consultation c
                               ON c.entry_id = e.id AND c.consulted_on BETWEEN :from AND :to
                        GROUP BY e.id, e.editorial_order
                        ORDER BY COUNT(c.entry_id) DESC, e.editorial_order, e.id
                        LIMIT :limit""")
                .param("from", from)
                .param("to", to)
                .param("limit", limit)
                .query(Long.class)
                .list();
    }
}
