package fr.cpro.security;

import fr.cpro.CproTest;
import fr.cpro.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Journal's search of the audit trail on MariaDB: filters, newest first, pages, supervisors only. */
@CproTest
@WithUserDetails("superviseur@cpro.demo")
class AuditJournalTest {

    @Autowired AuditLog audit;
    @Autowired Clock clock;
    @Autowired TestAccounts accounts;

    private static String uaiOf(long n) {
        String digits = String.format("%07d", n % 10_000_000);
        return digits + Uai.checkLetter(digits);
    }

    @Test
    void filtersByTypeAccountSchoolAndDaysNewestFirst() {
        long n = System.nanoTime();
        String agent = "journal" + Long.toString(n, 36) + "@cpro.test";
        String school = uaiOf(n);
        audit.record(AuditEvent.Type.SIGN_IN_FAILURE, null, school, "mauvais mot de passe");
        audit.record(AuditEvent.Type.SIGN_IN_SUCCESS, 1L, school, null);
        audit.recordAbout(school, AuditEvent.Type.TICKET_REPLY, 2L, agent, "CPRO-2026-000001");
        audit.record(AuditEvent.Type.HELP_ENTRY_UPDATED, 2L, agent, "#1");

        var bySchool = audit.search(new AuditQuery(null, null, school.toLowerCase(), null, null), PageRequest.of(0, 10));
        assertThat(bySchool).extracting(AuditEvent::getType).containsExactly(AuditEvent.Type.TICKET_REPLY,
                AuditEvent.Type.SIGN_IN_SUCCESS, AuditEvent.Type.SIGN_IN_FAILURE);
        assertThat(bySchool).allSatisfy(e -> assertThat(e.getUai()).isEqualTo(school));

        var byAccountBeginning = audit.search(new AuditQuery(null, agent.substring(0, agent.indexOf('@')).toUpperCase(),
                null, null, null), PageRequest.of(0, 10));
        assertThat(byAccountBeginning).extracting(AuditEvent::getType)
                .containsExactly(AuditEvent.Type.HELP_ENTRY_UPDATED, AuditEvent.Type.TICKET_REPLY);
        assertThat(audit.count(new AuditQuery(AuditEvent.Type.SIGN_IN_FAILURE, null, school, null, null))).isEqualTo(1);
        assertThat(audit.count(new AuditQuery(null, "journal%", null, null, null))).as("% taken as typed").isZero();

        LocalDate today = LocalDate.now(clock);
        assertThat(audit.count(new AuditQuery(null, null, school, today, today))).isEqualTo(3);
        assertThat(audit.count(new AuditQuery(null, null, school, today.plusDays(1), null))).isZero();
        assertThat(audit.count(new AuditQuery(null, null, school, null, today.minusDays(1)))).isZero();

        // One page at a time, newest first.
        assertThat(audit.search(new AuditQuery(null, null, school, null, null), PageRequest.of(1, 2)))
                .extracting(AuditEvent::getType).containsExactly(AuditEvent.Type.SIGN_IN_FAILURE);
    }

    @Test
    @WithUserDetails("agent@cpro.demo")
    void anAgentWhoIsNotSupervisorIsRefused() {
        assertThatThrownBy(() -> audit.search(AuditQuery.ALL, PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.count(AuditQuery.ALL)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("0759999L")
    void aSchoolIsRefused() {
        assertThatThrownBy(() -> audit.count(AuditQuery.ALL)).isInstanceOf(AccessDeniedException.class);
    }
}
