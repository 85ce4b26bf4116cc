package fr.cpro.mail;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.Optional;

interface OutboxRepository extends JpaRepository<OutboxMail, Long> {

    /**
     * The oldest mail due, locked for this transaction. SKIP LOCKED (MariaDB 10.6+) lets two
     * workers (two instances, or a test and the schedule) share the queue without ever
     * sending a mail twice.
     */
    @Query(value = "SELECT * FROM mail_outbox WHERE status = 'PENDING' AND next_attempt_at <= :now"
            + " ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED", nativeQuery = true)
    Optional<OutboxMail> lockNextDue(@Param("now") Instant now);

    Page<OutboxMail> findByRecipientContainingOrderByIdDesc(String recipient, Pageable page);

    Page<OutboxMail> findAllByOrderByIdDesc(Pageable page);
}
