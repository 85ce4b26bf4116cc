package fr.cpro.security;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.util.List;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long>, JpaSpecificationExecutor<AuditEvent> {

    /** Served by the index (login, occurred_at). */
    List<AuditEvent> findByLoginOrderByOccurredAtDescIdDesc(String login, Pageable page);
}
