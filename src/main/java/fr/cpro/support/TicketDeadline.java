package fr.cpro.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** The deadline a school message opened, and, once the team answered, whether it was met. */
@Entity
@Table(name = "ticket_deadline")
class TicketDeadline {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_id", nullable = false, updatable = false)
    private Ticket ticket;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    /** {@code null} while it runs, and when it was cancelled (the school resolved the ticket itself). */
    @Column(name = "met")
    private Boolean met;

    @Column(name = "business_minutes")
    private Integer businessMinutes;

    protected TicketDeadline() {
    }

    TicketDeadline(Ticket ticket, Instant startedAt, Instant dueAt) {
        this.ticket = ticket;
        this.startedAt = startedAt;
        this.dueAt = dueAt;
    }

    void moveTo(Instant due) {
        this.dueAt = due;
    }

    void answered(Instant at, boolean met, int businessMinutes) {
        this.answeredAt = at;
        this.met = met;
        this.businessMinutes = businessMinutes;
    }

    void cancelled(Instant at) {
        this.answeredAt = at;
    }

    Instant getDueAt() {
        return dueAt;
    }

    Instant getAnsweredAt() {
        return answeredAt;
    }

    Boolean getMet() {
        return met;
    }

    Integer getBusinessMinutes() {
        return businessMinutes;
    }
}
