package fr.cpro.account;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByLogin(String login);

    Optional<Account> findFirstByEstablishmentIdAndRoleOrderByIdAsc(Long establishmentId, String role);

    List<Account> findByRoleInAndEnabledTrueOrderByLastNameAscFirstNameAsc(Collection<String> roles);
}
