package fr.cpro.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** One exchange of a ticket: the school's message, the team's reply, or an agents' internal note. */
@Entity
@Table(name = "ticket_message")
class TicketMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_id", nullable = false, updatable = false)
    private Ticket ticket;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_side", nullable = false, length = 10, updatable = false)
    private AuthorSide authorSide;

    @Column(name = "author_account_id", updatable = false)
    private Long authorAccountId;

    @Column(name = "author_name", nullable = false, length = 200, updatable = false)
    private String authorName;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT", updatable = false)
    private String body;

    @Column(nullable = false, updatable = false)
    private boolean internal;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected TicketMessage() {
    }

    TicketMessage(Ticket ticket, AuthorSide side, Long authorAccountId, String authorName, String body,
                  boolean internal, Instant now) {
        this.ticket = ticket;
        this.authorSide = side;
        this.authorAccountId = authorAccountId;
        this.authorName = authorName;
        this.body = body;
        this.internal = internal;
        this.createdAt = now;
    }

    Long getId() {
        return id;
    }

    Ticket getTicket() {
        return ticket;
    }

    AuthorSide getAuthorSide() {
        return authorSide;
    }

    String getAuthorName() {
        return authorName;
    }

    String getBody() {
        return body;
    }

    boolean isInternal() {
        return internal;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
