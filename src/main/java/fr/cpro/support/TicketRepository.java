package fr.cpro.support;

import fr.cpro.base.LikePatterns;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

interface TicketRepository extends JpaRepository<Ticket, Long> {

    /** The application's one LIKE escape, as a JPQL literal. */
    String ESCAPE = "'" + LikePatterns.ESCAPE + "'";

    String FILTER = """
            from Ticket t
            where (:school is null or t.establishmentId = :school)
              and (:status is null or t.status = :status)
              and (:category is null or t.category = :category)
              and (:search is null\s"""
            + "or t.reference like :search escape " + ESCAPE + " or t.subject like :search escape " + ESCAPE + ")";

    Optional<Ticket> findByReference(String reference);

    // Newest activity first; the id breaks ties so that pages never overlap.
    @Query("select t " + FILTER + " order by t.lastActivityAt desc, t.id desc")
    List<Ticket> find(@Param("school") Long school, @Param("status") TicketStatus status,
                      @Param("category") SupportCategory category, @Param("search") String search, Pageable page);

    @Query("select count(t) " + FILTER)
    long count(@Param("school") Long school, @Param("status") TicketStatus status,
               @Param("category") SupportCategory category, @Param("search") String search);

    List<Ticket> findByStatusAndLastActivityAtLessThanEqual(TicketStatus status, Instant before);
}
