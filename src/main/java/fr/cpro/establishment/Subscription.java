package fr.cpro.establishment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A school's subscription (Abonnement) to one diploma: a period and a number of licences. */
@Entity
@Table(name = "subscription")
class Subscription {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "establishment_id", nullable = false, updatable = false)
    private Long establishmentId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "diploma_id", nullable = false, updatable = false)
    private Diploma diploma;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(nullable = false)
    private int licences;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Subscription() {
    }

    Subscription(Long establishmentId, Diploma diploma, Instant now) {
        this.establishmentId = establishmentId;
        this.diploma = diploma;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void setTerms(LocalDate startDate, LocalDate endDate, int licences, Instant now) {
        this.startDate = startDate;
        this.endDate = endDate;
        this.licences = licences;
        this.updatedAt = now;
    }

    Long getId() {
        return id;
    }

    LocalDate getStartDate() {
        return startDate;
    }

    LocalDate getEndDate() {
        return endDate;
    }

    /** A new last day, for an extension or an early end; the start and the licences stay. */
    void setEndDate(LocalDate endDate, Instant now) {
        this.endDate = endDate;
        this.updatedAt = now;
    }

    Long getEstablishmentId() {
        return establishmentId;
    }

    SubscriptionSummary toSummary(LocalDate today) {
        return new SubscriptionSummary(id, diploma.toSummary(), startDate, endDate, licences,
                SubscriptionStatus.on(startDate, endDate, today), ChronoUnit.DAYS.between(today, endDate));
    }
}
