package fr.cpro.establishment;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface SubscriptionRepository extends JpaRepository<Subscription, Long> {

    /** A school's subscriptions in the catalogue's order (CAP, Bac Pro, BTS). */
    @Query("select s from Subscription s join fetch s.diploma d where s.establishmentId = :establishmentId"
            + " order by d.position")
    List<Subscription> findBySchool(long establishmentId);

    @Query("select s from Subscription s join fetch s.diploma d where s.establishmentId = :establishmentId"
            + " order by d.position")
    List<Subscription> findBySchool(long establishmentId, Pageable pageable);

    @Query("select s from Subscription s join fetch s.diploma d where s.establishmentId = :establishmentId"
            + " and d.id = :diplomaId")
    Optional<Subscription> findBySchoolAndDiploma(long establishmentId, long diplomaId);
}
