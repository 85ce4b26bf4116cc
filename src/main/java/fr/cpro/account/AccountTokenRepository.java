package fr.cpro.account;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    Optional<AccountToken> findByTokenHash(String tokenHash);

    Optional<AccountToken> findFirstByAccountIdAndPurposeOrderByCreatedAtDescIdDesc(Long accountId, TokenPurpose purpose);

    List<AccountToken> findByAccountIdAndPurposeAndUsedAtIsNullAndVoidedAtIsNull(Long accountId,
                                                                                 TokenPurpose purpose);
}
