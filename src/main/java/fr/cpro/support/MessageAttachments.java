package fr.cpro.support;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.io.IOException;
import java.time.Instant;

/**
 * A message's file, all or nothing with the message: the school's tickets and replies and the team's
 * replies store their file the same way. Called inside the caller's transaction.
 */
@Component
class MessageAttachments {

    private static final Logger log = LoggerFactory.getLogger(MessageAttachments.class);

    private final AttachmentRepository attachments;
    private final AttachmentStorage storage;

    MessageAttachments(AttachmentRepository attachments, AttachmentStorage storage) {
        this.attachments = attachments;
        this.storage = storage;
    }

    /** Writes the metadata, then stores the staged file under its key; a rollback deletes it again. */
    void attach(TicketMessage message, ReceivedFile file, Instant now) {
        if (file == null) {
            return;
        }
        String key = file.staged().key();
        attachments.save(new Attachment(message, file, key, now));
        attachments.flush();
        try {
            storage.store(file.staged());
        } catch (IOException e) {
            throw new SupportException("support.error.storage", e);
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    storage.delete(key);
                    log.info("Transaction rolled back: stored file {} removed", key);
                }
            }
        });
    }
}
