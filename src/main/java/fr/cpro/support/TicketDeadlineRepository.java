package fr.cpro.support;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface TicketDeadlineRepository extends JpaRepository<TicketDeadline, Long> {

    /** The deadline still running (or paused) on a ticket: at most one at a time. */
    Optional<TicketDeadline> findFirstByTicketAndAnsweredAtIsNullOrderByIdAsc(Ticket ticket);

    List<TicketDeadline> findByTicketOrderByIdAsc(Ticket ticket);
}
