package fr.cpro.mail;

import org.springframework.context.annotation.Profile;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.stream.Stream;

/**
 * The outbox as the demo shows it: without an SMTP server, a newcomer reads the activation
 * and reset mails here. This bean exists only with the {@code demo} profile, so no other
 * deployment can list mails, whoever asks.
 */
@Service
@Profile("demo")
public class DemoMailbox {

    private final OutboxRepository outbox;

    DemoMailbox(OutboxRepository outbox) {
        this.outbox = outbox;
    }

    /**
     * One page of the outbox, newest first, optionally for recipients containing {@code filter}.
     * Open to anyone: the demo's visitor must read the activation mail before signing in.
     */
    @Transactional(readOnly = true)
    public Stream<OutboxMail> find(String filter, Pageable page) {
        var result = filter == null || filter.isBlank()
                ? outbox.findAllByOrderByIdDesc(page)
                : outbox.findByRecipientContainingOrderByIdDesc(filter.strip(), page);
        return result.stream();
    }
}
