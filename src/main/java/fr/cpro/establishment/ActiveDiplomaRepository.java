package fr.cpro.establishment;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;

interface ActiveDiplomaRepository extends JpaRepository<ActiveDiploma, Long> {

    /**
     * Stores the choice in one statement, so two tabs resolving the first diploma at the same
     * time cannot collide on the primary key.
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query(value = "INSERT INTO active_diploma (account_id, diploma_id, chosen_at) VALUES (:accountId, :diplomaId, :now)"
            + " ON DUPLICATE KEY UPDATE diploma_id = VALUES(diploma_id), chosen_at = VALUES(chosen_at)",
            nativeQuery = true)
    void store(long accountId, long diplomaId, Instant now);
}
