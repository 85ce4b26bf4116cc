package fr.cpro.support;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface TicketMessageRepository extends JpaRepository<TicketMessage, Long> {

    List<TicketMessage> findByTicketOrderByCreatedAtAscIdAsc(Ticket ticket);
}
