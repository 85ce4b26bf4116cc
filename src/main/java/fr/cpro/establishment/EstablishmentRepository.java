package fr.cpro.establishment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface EstablishmentRepository extends JpaRepository<Establishment, Long> {

    Optional<Establishment> findByUai(String uai);
}
