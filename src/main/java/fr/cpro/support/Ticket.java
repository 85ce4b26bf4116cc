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

    @Column(name = "assignee_id")
    private Long assigneeId;

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

    @Column(name = "last_actor_name", length = 200)
    private String lastActorName;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_action", length = 20)
    private TicketAction lastAction;

    /** The running deadline; {@code null} when nothing waits for the team or while it is paused. */
    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "sla_paused_seconds")
    private Long slaPausedSeconds;

    @Column(name = "sla_sort", nullable = false)
    private Instant slaSort;

    @Column(name = "first_response_at")
    private Instant firstResponseAt;

    @Column(name = "first_response_minutes")
    private Integer firstResponseMinutes;

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
        this.lastAction = TicketAction.CREATED;
        runDeadline(dueAt);
    }

    /** What the queue sorts on when no deadline runs: after every running one (a far date, not NULL, for the index). */
    static final Instant NO_DEADLINE = Instant.parse("9000-01-01T00:00:00Z");

    /** The school wrote: a resolved ticket is reopened, one waiting for the school goes back to the team. */
    void schoolReplied(Instant now, String authorName) {
        if (status == TicketStatus.RESOLU || status == TicketStatus.EN_ATTENTE) {
            status = TicketStatus.EN_COURS;
            resolvedAt = null;
        }
        done(TicketAction.SCHOOL_REPLIED, authorName, now);
    }

    /** The team answered the school (not a note): now the school is expected to answer. */
    void supportReplied(Instant now, String authorName) {
        if (firstResponseAt == null) {
            firstResponseAt = now;
        }
        status = TicketStatus.EN_ATTENTE;
        resolvedAt = null;
        done(TicketAction.REPLIED, authorName, now);
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

    /** An agent set the status by hand (the SLA is {@link TicketSla}'s business). */
    void changeStatus(TicketStatus target, Instant now) {
        switch (target) {
            case RESOLU -> resolve(now);
            case FERME -> close(now);
            default -> {
                status = target;
                resolvedAt = null;
            }
        }
    }

    /** The first thing an agent does on a new ticket takes it: Nouveau becomes En cours. */
    void takenByTeam() {
        if (status == TicketStatus.NOUVEAU) {
            status = TicketStatus.EN_COURS;
        }
    }

    void assignTo(Long agentId) {
        this.assigneeId = agentId;
    }

    /** Who did what last, for the refusal of a reply written on an older page. */
    void done(TicketAction action, String actorName, Instant now) {
        this.lastAction = action;
        this.lastActorName = actorName;
        this.lastActivityAt = now;
    }

    /** A deadline runs (or none, with {@code null}); the queue's sort key follows. */
    void runDeadline(Instant due) {
        this.dueAt = due;
        this.slaPausedSeconds = null;
        this.slaSort = due == null ? NO_DEADLINE : due;
    }

    /** The deadline stops with this much business time left (negative: already overdue). */
    void pauseDeadline(long secondsLeft) {
        runDeadline(null);
        this.slaPausedSeconds = secondsLeft;
    }

    void firstResponseTook(int businessMinutes) {
        if (firstResponseMinutes == null) {
            firstResponseMinutes = businessMinutes;
        }
    }

    /** Late: a school message waits for the team and its deadline has passed. */
    boolean isOverdue(Instant now) {
        return dueAt != null && now.isAfter(dueAt);
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

    Long getSlaPausedSeconds() {
        return slaPausedSeconds;
    }

    Long getAssigneeId() {
        return assigneeId;
    }

    String getLastActorName() {
        return lastActorName;
    }

    TicketAction getLastAction() {
        return lastAction;
    }

    Integer getFirstResponseMinutes() {
        return firstResponseMinutes;
    }

    long getVersion() {
        return version;
    }
}
