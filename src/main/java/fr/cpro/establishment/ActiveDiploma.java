package fr.cpro.establishment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The diploma a user works in. The account is a plain id: accounts sit above schools, so
 * this package must not know the Account entity.
 */
@Entity
@Table(name = "active_diploma")
class ActiveDiploma {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "diploma_id", nullable = false)
    private Long diplomaId;

    @Column(name = "chosen_at", nullable = false)
    private Instant chosenAt;

    protected ActiveDiploma() {
    }

    Long getDiplomaId() {
        return diplomaId;
    }
}
