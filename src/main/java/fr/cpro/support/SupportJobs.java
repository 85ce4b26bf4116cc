package fr.cpro.support;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Housekeeping of support: at start-up and every hour, the storage sweep (temporary files of
 * uploads older than 24 h, stored files that no metadata names) and the closing of resolved
 * tickets left without reply.
 */
@Component
class SupportJobs {

    static final Duration TEMP_MAX_AGE = Duration.ofHours(24);
    /** A stored file is named by metadata before its transaction commits; give that transaction time. */
    static final Duration ORPHAN_GRACE = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(SupportJobs.class);

    private final AttachmentStorage storage;
    private final AttachmentRepository attachments;
    private final TicketService tickets;

    SupportJobs(AttachmentStorage storage, AttachmentRepository attachments, TicketService tickets) {
        this.storage = storage;
        this.attachments = attachments;
        this.tickets = tickets;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartup() {
        hourly();
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1H")
    void hourly() {
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
