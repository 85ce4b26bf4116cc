package fr.cpro.support;

import fr.cpro.CproTest;
import fr.cpro.account.AccountService;
import fr.cpro.establishment.EstablishmentService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The agents' queue on real MariaDB: each filter, the full-text search, the order and the counts. */
@CproTest
class TicketQueueTest {

    @Autowired TicketService tickets;
    @Autowired TeamTicketService team;
    @Autowired TicketQueue queue;
    @Autowired BusinessCalendar calendar;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService users;
    @Autowired EstablishmentService establishments;
    @Autowired AccountService accounts;
    @Autowired Clock clock;

    /** The test database outlives a run: every search carries this run's tag. */
    private final String tag = "q" + Long.toString(System.nanoTime(), 36);

    @BeforeEach
    void schoolB() {
        SupportTestUsers.ensureSchoolB(establishments, accounts);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private String send(String school, SupportCategory category, String subject, String body) {
        SupportTestUsers.signIn(users, school);
        return tickets.create(new NewTicket(category, subject, body), null).reference();
    }

    private QueueFilter text(String text) {
        return new QueueFilter(Set.of(), null, null, null, null, null, text);
    }

    private java.util.List<String> refs(QueueFilter filter) {
        return queue.find(filter, 0, 50).stream().map(QueueRow::reference).toList();
    }

    private void due(String ref, Duration fromNow) {
        var at = Timestamp.from(clock.instant().plus(fromNow));
        jdbc.update("update ticket set due_at = ?, sla_sort = ? where reference = ?", at, at, ref);
    }

    @Test
    void filtersBySchoolCategoryAssigneeSlaAndStatusMostUrgentFirst() {
        String a1 = send(SupportTestUsers.SCHOOL_A, SupportCategory.ABONNEMENT, "Abonnement " + tag, "Texte");
        String a2 = send(SupportTestUsers.SCHOOL_A, SupportCategory.UTILISATION, "Export " + tag, "Texte");
        String b1 = send(SupportTestUsers.SCHOOL_B, SupportCategory.ABONNEMENT, "Licences " + tag, "Texte");
        due(a1, Duration.ofHours(30));
        due(a2, Duration.ofHours(-2));
        due(b1, Duration.ofMinutes(90));

        SupportTestUsers.signIn(users, SupportTestUsers.AGENT);
        assertThat(refs(text(tag))).as("most urgent deadline first").containsExactly(a2, b1, a1);
        assertThat(queue.count(text(tag))).isEqualTo(3);
        assertThat(refs(new QueueFilter(Set.of(), null, "0759 999l", null, null, null, tag)))
                .as("a UAI typed as at sign-in").containsExactly(a2, a1);
        assertThat(refs(new QueueFilter(Set.of(), null, "professionnel b", null, null, null, tag)))
                .as("a part of the name").containsExactly(b1);
        assertThat(refs(new QueueFilter(Set.of(), SupportCategory.ABONNEMENT, null, null, null, null, tag)))
                .containsExactly(b1, a1);
        assertThat(refs(new QueueFilter(Set.of(), null, null, null, null, QueueFilter.Sla.OVERDUE, tag))).containsExactly(a2);
        assertThat(refs(new QueueFilter(Set.of(), null, null, null, null, QueueFilter.Sla.DUE_SOON, tag))).containsExactly(b1);
        assertThat(refs(new QueueFilter(Set.of(), null, null, null, null, QueueFilter.Sla.ON_TIME, tag))).containsExactly(a1);

        team.assignToMe(a1, null);
        long supervisor = team.agents().stream().filter(s -> s.email().equals("superviseur@cpro.demo")).findFirst()
                .orElseThrow().id();
        team.assign(b1, supervisor, null);
        assertThat(refs(new QueueFilter(Set.of(), null, null, QueueFilter.Assignee.ME, null, null, tag))).containsExactly(a1);
        assertThat(refs(new QueueFilter(Set.of(), null, null, QueueFilter.Assignee.UNASSIGNED, null, null, tag))).containsExactly(a2);
        assertThat(refs(new QueueFilter(Set.of(), null, null, QueueFilter.Assignee.AGENT, supervisor, null, tag))).containsExactly(b1);
        assertThat(queue.find(text(tag), 0, 50)).filteredOn(r -> r.reference().equals(b1)).singleElement().satisfies(r -> {
            assertThat(r.assigneeName()).isEqualTo("Sacha BERNARD");
            assertThat(r.schoolName()).isEqualTo("Lycée professionnel B");
            assertThat(r.uai()).isEqualTo(SupportTestUsers.SCHOOL_B);
            assertThat(r.status()).isEqualTo(TicketStatus.EN_COURS);
            assertThat(r.paused()).isFalse();
            assertThat(r.businessTimeLeft()).isBetween(Duration.ZERO, Duration.ofMinutes(90));
        });

        team.changeStatus(a2, TicketStatus.RESOLU, null);
        assertThat(refs(text(tag))).as("open statuses by default").containsExactly(b1, a1);
        assertThat(refs(new QueueFilter(EnumSet.of(TicketStatus.RESOLU, TicketStatus.FERME), null, null, null, null, null, tag)))
                .containsExactly(a2);
        assertThat(refs(new QueueFilter(EnumSet.allOf(TicketStatus.class), null, null, null, null, null, tag)))
                .as("resolved sorts after running deadlines").containsExactly(b1, a1, a2);
        assertThat(queue.find(text(tag), 1, 1)).extracting(QueueRow::reference).as("paged").containsExactly(a1);
    }

    @Test
    void fullTextFindsSubjectsAndMessagesWithoutAccentsOrCaseAndAWholeReferenceFindsItsTicket() {
        String subject = send(SupportTestUsers.SCHOOL_A, SupportCategory.UTILISATION, "Livret élève " + tag, "Texte");
        String body = send(SupportTestUsers.SCHOOL_B, SupportCategory.UTILISATION, "Autre", "Problème d'évaluation " + tag + " bloquée");
        SupportTestUsers.signIn(users, SupportTestUsers.AGENT);
        team.reply(body, "Note : " + tag + "suite vérifiée", true, null, null);

        assertThat(refs(text(tag.toUpperCase()))).containsExactlyInAnyOrder(subject, body);
        assertThat(refs(text("ELEVE " + tag))).as("accents ignored, every word required").containsExactly(subject);
        assertThat(refs(text("evaluat* " + tag))).as("operators are words; prefixes match").containsExactly(body);
        assertThat(refs(text(tag + "suite"))).as("the team's notes are searched too").containsExactly(body);
        assertThat(refs(text("\"" + tag + "\" -()"))).containsExactlyInAnyOrder(subject, body);

        team.changeStatus(subject, TicketStatus.FERME, null);
        assertThat(refs(text(" " + subject.toLowerCase() + " "))).as("a closed ticket, by its reference").containsExactly(subject);
        assertThat(TicketQueue.asReference(subject.toLowerCase())).contains(subject);
        assertThat(TicketQueue.booleanQuery("le bac pro +MSPC")).isEqualTo("+bac* +pro* +MSPC*");
        assertThat(TicketQueue.booleanQuery("à l' +-")).isNull();
        assertThat(TicketQueue.booleanQuery("l'abonnement (expiré)")).isEqualTo("+abonnement* +expiré*");
    }

    @Test
    void countsPerStatusFollowTheTickets() {
        SupportTestUsers.signIn(users, SupportTestUsers.AGENT);
        var before = queue.countsByStatus();
        assertThat(before).containsOnlyKeys(TicketStatus.values());
        String ref = send(SupportTestUsers.SCHOOL_A, SupportCategory.ABONNEMENT, "Compté " + tag, "Texte");
        SupportTestUsers.signIn(users, SupportTestUsers.AGENT);
        assertThat(queue.countsByStatus().get(TicketStatus.NOUVEAU)).isEqualTo(before.get(TicketStatus.NOUVEAU) + 1);
        team.changeStatus(ref, TicketStatus.EN_ATTENTE, null);
        var after = queue.countsByStatus();
        assertThat(after.get(TicketStatus.NOUVEAU)).isEqualTo(before.get(TicketStatus.NOUVEAU));
        assertThat(after.get(TicketStatus.EN_ATTENTE)).isEqualTo(before.get(TicketStatus.EN_ATTENTE) + 1);
    }

    @Test
    void schoolsDoNotReachTheQueue() {
        SupportTestUsers.signIn(users, SupportTestUsers.SCHOOL_A);
        assertThatThrownBy(() -> queue.find(QueueFilter.OPEN, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> queue.count(QueueFilter.OPEN)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> queue.countsByStatus()).isInstanceOf(AccessDeniedException.class);
    }
}
