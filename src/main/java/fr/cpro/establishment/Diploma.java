package fr.cpro.establishment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A diploma of the industrial sector; the catalogue is owned by the migrations, read-only here. */
@Entity
@Table(name = "diploma")
class Diploma {

    @Id
    private Long id;

    @Column(nullable = false, length = 40, updatable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private DiplomaLevel level;

    @Column(name = "short_name", nullable = false, length = 60, updatable = false)
    private String shortName;

    @Column(nullable = false, length = 250, updatable = false)
    private String title;

    @Column(nullable = false, updatable = false)
    private int position;

    protected Diploma() {
    }

    Long getId() {
        return id;
    }

    DiplomaSummary toSummary() {
        return new DiplomaSummary(id, code, level, shortName, title);
    }
}
