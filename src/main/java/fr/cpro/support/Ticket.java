package fr.cpro.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A school's request to the CPRO support team. */
@Entity
@Table(name = "ticket")
class Ticket {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20, updatable = false)
    private String reference;

    @Column(name = "establishment_id", nullable = false, updatable = false)
    private Long establishmentId;

    @Column(name = "created_by", nullable = false, updatable = false)
    private Long createdBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SupportCategory category;

    @Column(nullable = false, length = NewTicket.SUBJECT_MAX)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TicketStatus status;

    @Column(name = "diploma_label", length = 200)
    private String diplomaLabel;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "first_response_at")
    private Instant firstResponseAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected Ticket() {
    }

    Ticket(String reference, long establishmentId, long createdBy, SupportCategory category, String subject,
           String diplomaLabel, Instant now, Instant dueAt) {
        this.reference = reference;
        this.establishmentId = establishmentId;
        this.createdBy = createdBy;
        this.category = category;
        this.subject = subject;
        this.diplomaLabel = diplomaLabel;
        this.status = TicketStatus.NOUVEAU;
        this.createdAt = now;
        this.lastActivityAt = now;
        this.dueAt = dueAt;
    }

    /** The school wrote: a resolved ticket is reopened, one waiting for the school goes back to the team. */
    void schoolReplied(Instant now) {
        if (status == TicketStatus.RESOLU || status == TicketStatus.EN_ATTENTE) {
            status = TicketStatus.EN_COURS;
            resolvedAt = null;
        }
        lastActivityAt = now;
    }

    /** The team answered the school (not a note): now the school is expected to answer. */
    void supportReplied(Instant now) {
        if (firstResponseAt == null) {
            firstResponseAt = now;
        }
        status = TicketStatus.EN_ATTENTE;
        resolvedAt = null;
        lastActivityAt = now;
    }

    void resolve(Instant now) {
        status = TicketStatus.RESOLU;
        resolvedAt = now;
        lastActivityAt = now;
    }

    void reopen(Instant now) {
        status = TicketStatus.EN_COURS;
        resolvedAt = null;
        lastActivityAt = now;
    }

    void close(Instant now) {
        status = TicketStatus.FERME;
        closedAt = now;
    }

    /** Late: the promised first answer has not come and its deadline has passed. */
    boolean isOverdue(Instant now) {
        return firstResponseAt == null && now.isAfter(dueAt)
                && (status == TicketStatus.NOUVEAU || status == TicketStatus.EN_COURS);
    }

    Long getId() {
        return id;
    }

    String getReference() {
        return reference;
    }

    Long getEstablishmentId() {
        return establishmentId;
    }

    SupportCategory getCategory() {
        return category;
    }

    String getSubject() {
        return subject;
    }

    TicketStatus getStatus() {
        return status;
    }

    String getDiplomaLabel() {
        return diplomaLabel;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getLastActivityAt() {
        return lastActivityAt;
    }

    Instant getDueAt() {
        return dueAt;
    }
}
