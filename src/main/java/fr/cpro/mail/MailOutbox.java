package fr.cpro.mail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * Where every mail of CPRO STI starts: written to the outbox table in the caller's
 * transaction, so it exists exactly when the change that caused it was committed.
 */
@Service
public class MailOutbox {

    private final OutboxRepository outbox;
    private final Clock clock;

    MailOutbox(OutboxRepository outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Queues a mail in the current transaction; it is sent after the commit.
     *
     * @return the outbox id
     * @throws org.springframework.transaction.IllegalTransactionStateException outside a transaction
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long enqueue(Mail mail) {
        return outbox.save(new OutboxMail(mail, clock.instant())).getId();
    }
}
