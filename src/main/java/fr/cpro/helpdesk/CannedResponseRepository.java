package fr.cpro.helpdesk;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CannedResponseRepository extends JpaRepository<CannedResponse, Long>,
        JpaSpecificationExecutor<CannedResponse> {
}
