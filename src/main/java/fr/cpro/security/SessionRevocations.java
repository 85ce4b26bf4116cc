package fr.cpro.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Ends an account's sessions on every instance, not only the one that decided it: the decision is a row of
 * {@code session_revocation}, written in the caller's transaction, and each instance polls the rows it has
 * not seen every {@value #POLL_MILLIS} ms and ends the sessions of those accounts that it holds
 * ({@link SessionControl}). The instance that decided also ends its own at once, after commit.
 *
 * <p>Rows are read by a window of the database's own clock rather than by id alone: an id handed out by a
 * transaction that commits after a later one would otherwise be skipped. The ids seen are remembered for
 * that window, so a row is acted on once: a session opened after an account is enabled again stays open.
 */
@Component
public class SessionRevocations {

    /** How often each instance looks for new revocations: well within the 10 s promised. */
    static final long POLL_MILLIS = 2_000;
    /** How far back each poll reads, on the database's clock (longer than any transaction that writes one). */
    static final int WINDOW_SECONDS = 120;
    /** Rows older than this are of no use to anyone and are deleted. */
    static final int KEEP_DAYS = 2;

    private static final Logger log = LoggerFactory.getLogger(SessionRevocations.class);

    private final JdbcClient jdbc;
    private final SessionControl sessions;
    private final Set<Long> seen = new HashSet<>();
    private long highest = -1;

    SessionRevocations(JdbcClient jdbc, SessionControl sessions) {
        this.jdbc = jdbc;
        this.sessions = sessions;
    }

    /**
     * Ends every session of this account, on every instance, once the caller's transaction commits (at once
     * without one). A rollback ends none.
     */
    public void revoke(long accountId) {
        jdbc.sql("insert into session_revocation (account_id) values (:account)").param("account", accountId).update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sessions.signOut(accountId, null);
                }
            });
        } else {
            sessions.signOut(accountId, null);
        }
    }

    /** What was revoked before this instance started concerns no session of it. */
    @EventListener(ApplicationReadyEvent.class)
    synchronized void start() {
        for (Row row : recent()) {
            seen.add(row.id());
            highest = Math.max(highest, row.id());
        }
        Long max = jdbc.sql("select max(id) from session_revocation").query(Long.class).optional().orElse(null);
        highest = Math.max(highest, max == null ? 0 : max);
    }

    /** Ends the sessions this instance holds of the accounts revoked since the last poll. */
    @Scheduled(fixedDelay = POLL_MILLIS, initialDelay = POLL_MILLIS)
    synchronized void poll() {
        if (highest < 0) {
            return; // not started yet
        }
        try {
            Set<Long> now = new HashSet<>();
            for (Row row : recent()) {
                now.add(row.id());
                if (!seen.contains(row.id())) {
                    sessions.signOut(row.accountId(), null);
                }
                highest = Math.max(highest, row.id());
            }
            seen.clear();
            seen.addAll(now);
        } catch (RuntimeException e) {
            log.warn("Could not read the session revocations; next try in {} ms", POLL_MILLIS, e);
        }
    }

    /** Once an hour, the rows nobody needs any more. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1H")
    void purge() {
        jdbc.sql("delete from session_revocation where created_at < now(6) - interval " + KEEP_DAYS + " day").update();
    }

    private List<Row> recent() {
        return jdbc.sql("select id, account_id from session_revocation where id > :highest"
                        + " or created_at > now(6) - interval " + WINDOW_SECONDS + " second order by id")
                .param("highest", highest)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("account_id"))).list();
    }

    private record Row(long id, long accountId) {
    }
}
