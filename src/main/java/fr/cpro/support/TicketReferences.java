package fr.cpro.support;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ticket references, {@code CPRO-2026-000123}: a counter per year in {@code ticket_sequence}. The
 * upsert locks the year's row until the ticket's transaction ends, so two schools sending at the
 * same moment get two numbers, and a rolled-back ticket gives its number back.
 */
@Component
class TicketReferences {

    @PersistenceContext
    private EntityManager em;

    @Transactional(propagation = Propagation.MANDATORY)
    String next(int year) {
        em.createNativeQuery("""
                        INSERT INTO ticket_sequence (seq_year, last_value) VALUES (?1, 1)
                        ON DUPLICATE KEY UPDATE last_value = last_value + 1""")
                .setParameter(1, year).executeUpdate();
        Number value = (Number) em.createNativeQuery("SELECT last_value FROM ticket_sequence WHERE seq_year = ?1")
                .setParameter(1, year).getSingleResult();
        return "CPRO-%d-%06d".formatted(year, value.intValue());
    }
}
