package fr.cpro.establishment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface DiplomaRepository extends JpaRepository<Diploma, Long> {

    Optional<Diploma> findByCode(String code);

    List<Diploma> findAllByOrderByPositionAsc();
}
