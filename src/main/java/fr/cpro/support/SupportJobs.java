package fr.cpro.support;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Housekeeping of support: at start-up and every hour, the storage sweep (temporary files of
 * uploads older than 24 h, stored files that no metadata names) and the closing of resolved
 * tickets left without reply. With several instances it runs on one at a time, and at most once in
 * {@link #LOCK_AT_LEAST}: each instance tries every hour, the first takes the lock ({@code shedlock}
 * row {@value #LOCK}) and the others skip (two sweeps would list the whole storage twice, two
 * auto-closings race on the same tickets).
 */
@Component
class SupportJobs {

    static final Duration TEMP_MAX_AGE = Duration.ofHours(24);
    /** A stored file is named by metadata before its transaction commits; give that transaction time. */
    static final Duration ORPHAN_GRACE = Duration.ofHours(1);
    static final String LOCK = "support-housekeeping";
    /** The instances' hourly tries fall at different minutes: one run per hour for all of them. */
    static final Duration LOCK_AT_LEAST = Duration.ofMinutes(50);
    /** Freed this long after a node died in the middle of the job (a sweep of millions of objects takes a while). */
    static final Duration LOCK_AT_MOST = Duration.ofHours(2);
    private static final Logger log = LoggerFactory.getLogger(SupportJobs.class);

    private final AttachmentStorage storage;
    private final AttachmentRepository attachments;
    private final TicketService tickets;
    private final LockingTaskExecutor locks;

    SupportJobs(AttachmentStorage storage, AttachmentRepository attachments, TicketService tickets,
                LockingTaskExecutor locks) {
        this.storage = storage;
        this.attachments = attachments;
        this.tickets = tickets;
        this.locks = locks;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartup() {
        hourly();
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1H")
    void hourly() {
        try {
            locks.executeWithLock((Runnable) this::housekeeping,
                    new LockConfiguration(ClockProvider.now(), LOCK, LOCK_AT_MOST, LOCK_AT_LEAST));
        } catch (RuntimeException e) {
            log.error("Support housekeeping could not take its lock; it runs again in an hour", e);
        }
    }

    /** The job itself, on whichever instance holds the lock. */
    void housekeeping() {
        try {
            int removed = sweep();
            if (removed > 0) {
                log.info("Storage sweep removed {} files", removed);
            }
            tickets.closeStaleResolvedTickets();
        } catch (RuntimeException e) {
            log.error("Support housekeeping failed; it runs again in an hour", e);
        }
    }

    /** Removes stale temporary files and files without metadata; returns how many. */
    int sweep() {
        return storage.sweep(TEMP_MAX_AGE, ORPHAN_GRACE, attachments::findStorageKeysIn);
    }
}
