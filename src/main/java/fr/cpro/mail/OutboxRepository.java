package fr.cpro.mail;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.time.Instant;
import java.util.List;

interface OutboxRepository extends JpaRepository<OutboxMail, Long> {

    List<OutboxMail> findByStatusAndNextAttemptAtLessThanEqualOrderByIdAsc(OutboxMail.Status status, Instant now,
                                                                           Pageable page);

    List<OutboxMail> findByRecipientOrderByIdDesc(String recipient);
}
