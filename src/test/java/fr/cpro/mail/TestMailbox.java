package fr.cpro.mail;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * The outbox as the tests read it: the mails of one address. Test code only, on purpose: these
 * bodies hold live activation and reset links, so the application itself offers no way to read
 * them by address (the demo's mailbox page exists only with the {@code demo} profile).
 */
@Component
public class TestMailbox {

    private final EntityManager entityManager;

    TestMailbox(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The mails queued for this address, newest first. */
    @Transactional(readOnly = true)
    public List<OutboxMail> to(String recipient) {
        return entityManager.createQuery("select m from OutboxMail m where m.recipient = :recipient order by m.id desc",
                OutboxMail.class).setParameter("recipient", recipient).getResultList();
    }
}
