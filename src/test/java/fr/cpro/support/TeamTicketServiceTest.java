package fr.cpro.support;

import fr.cpro.CproTest;
import fr.cpro.account.AccountService;
import fr.cpro.establishment.EstablishmentService;
import fr.cpro.mail.TestMailbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The support team's rules on real MariaDB: assignment, statuses, the deadline, no lost reply, mails, audit. */
@CproTest
class TeamTicketServiceTest {

    static final String SUPERVISOR = "superviseur@cpro.demo";
    static final String SCHOOL_MAIL = "ce.0759999L@ac-paris.fr";

    @Autowired TicketService tickets;
    @Autowired TeamTicketService team;
    @Autowired BusinessCalendar calendar;
    @Autowired TestMailbox mailbox;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService users;
    @Autowired EstablishmentService establishments;
    @Autowired AccountService accounts;
    @Autowired Clock clock;

    private String ref;

    @BeforeEach
    void aSchoolSendsATicket() {
        SupportTestUsers.signIn(users, SupportTestUsers.SCHOOL_A);
        ref = tickets.create(new NewTicket(SupportCategory.ABONNEMENT, "Licences " + System.nanoTime(),
                "Bonjour, nos licences ne sont pas actives."), null).reference();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private Map<String, Object> row() {
        return jdbc.queryForMap("select * from ticket where reference = ?", ref);
    }

    private List<Map<String, Object>> deadlines() {
        return jdbc.queryForList("select d.* from ticket_deadline d join ticket t on t.id = d.ticket_id"
                + " where t.reference = ? order by d.id", ref);
    }

    private List<String> audit(String type) {
        return jdbc.queryForList("select concat(login, ' ', detail) from audit_event where event_type = ?"
                + " and detail like ? order by id", String.class, type, ref + "%");
    }

    @Test
    void aPublicReplyIsMailedWithTheLinkAndANoteNeverIsBothAudited() {
        SupportTestUsers.signIn(users, SupportTestUsers.AGENT);
        team.reply(ref, "Note : abonnement expiré le 31/08", true, null, null);
        assertThat(mailbox.to(SCHOOL_MAIL)).as("no mail for a note")
                .noneMatch(m -> m.getBodyText().contains("abonnement expiré"));
        assertThat(tickets.get(ref).status()).as("the first agent action takes a new ticket").isEqualTo(TicketStatus.EN_COURS);

        team.reply(ref, "Bonjour, le renouvellement est fait.", false, null, null);
        assertThat(mailbox.to(SCHOOL_MAIL)).filteredOn(m -> m.getSubject().contains(ref)
                        && m.getSubject().contains("Réponse")).singleElement()
                .satisfies(m -> assertThat(m.getBodyText()).contains("Alex DURAND", "le renouvellement est fait",
                        "/assistance/tickets/" + ref));
        assertThat(audit("TICKET_NOTE")).containsExactly(SupportTestUsers.AGENT + " " + ref);
        assertThat(audit("TICKET_REPLY")).containsExactly(SupportTestUsers.AGENT + " " + ref);

        var ticket = row();
        assertThat(ticket.get("status")).isEqualTo("EN_ATTENTE");
        assertThat(ticket.get("due_at")).as("nothing waits for the team any more").isNull();
        assertThat((Integer) ticket.get("first_response_minutes")).isBetween(0, 5);
        assertThat(deadlines()).singleElement().satisfies(d -> {
            assertThat(d.get("met")).isEqualTo(true);
            assertThat(d.get("answered_at")).isNotNull();
        });
    }

    @Test
    void aReplyFromAPageLoadedBeforeAnotherAgentsReplyIsRefusedSayingWhoAndNothingIsWritten() {
        SupportTestUsers.signIn(users, SupportTestUsers.AGENT);
        long loaded = team.workspace(ref).version();

        SupportTestUsers.signIn(users, SUPERVISOR);
        team.reply(ref, "Réponse du superviseur", false, null, team.workspace(ref).version());

        SupportTestUsers.signIn(users, SupportTestUsers.AGENT);
        assertThatThrownBy(() -> team.reply(ref, "Ma réponse en retard", false, null, loaded))
                .isInstanceOfSatisfying(TicketChangedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("support.team.changed.REPLIED");
                    assertThat(e.params()[0]).isEqualTo("Sacha BERNARD");
                    assertThat((String) e.params()[1]).matches("\\d{1,2} h \\d{2}");
                });
        assertThatThrownBy(() -> team.changeStatus(ref, TicketStatus.RESOLU, loaded))
                .isInstanceOf(TicketChangedException.class);
        assertThat(team.workspace(ref).ticket().messages()).extracting(MessageView::body)
                .doesNotContain("Ma réponse en retard");
        assertThat(row().get("status")).isEqualTo("EN_ATTENTE");

        // The school answers after the page was reloaded: that page is now the stale one.
        long reloaded = team.workspace(ref).version();
        SupportTestUsers.signIn(users, SupportTestUsers.SCHOOL_A);
        tickets.reply(ref, "Merci, c'est bon.", null);
        SupportTestUsers.signIn(users, SupportTestUsers.AGENT);
        assertThatThrownBy(() -> team.reply(ref, "Ma réponse", false, null, reloaded))
                .isInstanceOfSatisfying(TicketChangedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("support.team.changed.SCHOOL_REPLIED");
                    assertThat(e.params()[0]).isEqualTo("Camille MARTIN");
                });
        // A note overwrites nothing: it is kept whatever the page's age.
        long afterNote = team.reply(ref, "Note : l'établissement a confirmé", true, null, reloaded);
        assertThat(team.reply(ref, "Parfait, je clos.", false, null, afterNote)).isGreaterThan(afterNote);
    }

    @Test
    void assignmentToMeToAnotherAgentAndNobodyWithTheAssigneeMailedWhenTheSchoolReplies() {
        SupportTestUsers.signIn(users, SupportTestUsers.AGENT);
        long v = team.assignToMe(ref, team.workspace(ref).version());
        var ws = team.workspace(ref);
        assertThat(ws.assigneeName()).isEqualTo("Alex DURAND");
        assertThat(ws.ticket().status()).isEqualTo(TicketStatus.EN_COURS);
        long supervisorId = team.agents().stream().filter(a -> a.email().equals(SUPERVISOR)).findFirst().orElseThrow().id();
        v = team.assign(ref, supervisorId, v);
        assertThat(team.workspace(ref).assigneeName()).isEqualTo("Sacha BERNARD");
        long schoolAccount = jdbc.queryForObject("select id from account where login = ?", Long.class, SupportTestUsers.SCHOOL_A);
        long current = v;
        assertThatThrownBy(() -> team.assign(ref, schoolAccount, current)).isInstanceOfSatisfying(SupportException.class,
                e -> assertThat(e.messageKey()).isEqualTo("support.team.error.not-an-agent"));

        SupportTestUsers.signIn(users, SupportTestUsers.SCHOOL_A);
        tickets.reply(ref, "Une précision : 12 licences.", null);
        assertThat(mailbox.to(SUPERVISOR)).filteredOn(m -> m.getSubject().contains(ref)).singleElement()
                .satisfies(m -> assertThat(m.getBodyText()).contains("12 licences", "/helpdesk/tickets/" + ref));

        SupportTestUsers.signIn(users, SupportTestUsers.AGENT);
        team.assign(ref, null, null);
        assertThat(team.workspace(ref).assigneeId()).isNull();
        assertThat(audit("TICKET_ASSIGNMENT")).containsExactly(
                SupportTestUsers.AGENT + " " + ref + " : assigné à Alex DURAND (" + ws.assigneeId() + ")",
                SupportTestUsers.AGENT + " " + ref + " : assigné à Sacha BERNARD (" + supervisorId + ")",
                SupportTestUsers.AGENT + " " + ref + " : non assigné");
    }

    @Test
    void waitingForTheSchoolPausesTheDeadlineAndTheSchoolsAnswerResumesItWithWhatWasLeft() {
        SupportTestUsers.signIn(users, SupportTestUsers.AGENT);
        assertThatThrownBy(() -> team.changeStatus(ref, TicketStatus.NOUVEAU, null)).isInstanceOfSatisfying(
                SupportException.class, e -> assertThat(e.messageKey()).isEqualTo("support.team.error.status-new"));
        team.changeStatus(ref, TicketStatus.EN_ATTENTE, null);
        var paused = row();
        assertThat(paused.get("due_at")).isNull();
        assertThat((Long) paused.get("sla_paused_seconds")).isBetween(72 * 3600L - 120, 72 * 3600L);
        assertThat(team.workspace(ref).sla().pausedLeftSeconds()).isEqualTo(paused.get("sla_paused_seconds"));

        // Ten business hours were left when it paused; the school's answer starts them again.
        jdbc.update("update ticket set sla_paused_seconds = ? where reference = ?", 10 * 3600, ref);
        SupportTestUsers.signIn(users, SupportTestUsers.SCHOOL_A);
        Instant before = clock.instant();
        tickets.reply(ref, "Voici le numéro de commande.", null);
        Instant after = clock.instant();
        var resumed = row();
        assertThat(resumed.get("status")).isEqualTo("EN_COURS");
        Instant due = ((Timestamp) resumed.get("due_at")).toInstant();
        assertThat(due).isBetween(calendar.addBusinessTime(before, Duration.ofHours(10)).minusMillis(1),
                calendar.addBusinessTime(after, Duration.ofHours(10)).plusMillis(1));
        assertThat(tickets.get(ref).dueAt()).as("the school reads the same deadline").isEqualTo(due);
        assertThat(deadlines()).as("still the first message's deadline, moved").singleElement()
                .satisfies(d -> assertThat(((Timestamp) d.get("due_at")).toInstant()).isEqualTo(due));
        assertThat(audit("TICKET_STATUS")).containsExactly(SupportTestUsers.AGENT + " " + ref + " : NOUVEAU -> EN_ATTENTE");
    }

    @Test
    void aMissedDeadlineIsRecordedAsMissedAndTheNextSchoolMessageOpensANewOne() {
        Instant past = clock.instant().minus(Duration.ofDays(10));
        jdbc.update("update ticket set due_at = ?, sla_sort = ? where reference = ?", Timestamp.from(past), Timestamp.from(past), ref);
        jdbc.update("update ticket_deadline d join ticket t on t.id = d.ticket_id set d.due_at = ? where t.reference = ?",
                Timestamp.from(past), ref);
        assertThat(tickets.get(ref).overdue()).isTrue();

        SupportTestUsers.signIn(users, SupportTestUsers.AGENT);
        team.reply(ref, "Toutes nos excuses pour le délai.", false, null, null);
        SupportTestUsers.signIn(users, SupportTestUsers.SCHOOL_A);
        tickets.reply(ref, "Et pour l'an prochain ?", null);
        SupportTestUsers.signIn(users, SupportTestUsers.AGENT);
        team.changeStatus(ref, TicketStatus.RESOLU, null);

        assertThat(deadlines()).extracting(d -> d.get("met")).containsExactly(false, true);
        assertThat((Integer) deadlines().getFirst().get("business_minutes")).isGreaterThan(72 * 60);
        assertThat(row().get("sla_sort")).as("no deadline sorts last").isEqualTo(Timestamp.from(Ticket.NO_DEADLINE));
        assertThat(mailbox.to(SCHOOL_MAIL)).filteredOn(m -> m.getSubject().equals("CPRO STI : Votre demande " + ref
                + " est résolue")).singleElement().satisfies(m -> assertThat(m.getBodyText()).contains("/assistance/tickets/" + ref));

        team.changeStatus(ref, TicketStatus.FERME, null);
        assertThatThrownBy(() -> team.changeStatus(ref, TicketStatus.EN_COURS, null)).isInstanceOfSatisfying(
                SupportException.class, e -> assertThat(e.messageKey()).isEqualTo("support.error.closed"));
    }

    @Test
    void bulkActionsChangeEveryTicketGiven() {
        String second = tickets.create(new NewTicket(SupportCategory.UTILISATION, "Deuxième", "Texte"), null).reference();
        SupportTestUsers.signIn(users, SupportTestUsers.AGENT);
        long me = team.agents().stream().filter(a -> a.email().equals(SupportTestUsers.AGENT)).findFirst().orElseThrow().id();
        assertThat(team.assignAll(List.of(ref, second), me)).isEqualTo(2);
        assertThat(team.assignAll(List.of(ref, second), me)).as("already theirs").isZero();
        assertThat(team.changeStatusAll(List.of(ref, second), TicketStatus.RESOLU)).isEqualTo(2);
        assertThat(team.workspace(second).ticket().status()).isEqualTo(TicketStatus.RESOLU);
    }

    @Test
    void onlyTheTeamReachesItsServiceNeitherASchoolNorAnAnonymousCaller() {
        assertThatThrownBy(() -> team.workspace(ref)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> team.reply(ref, "x", false, null, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> team.changeStatus(ref, TicketStatus.RESOLU, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> team.assignToMe(ref, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> team.agents()).isInstanceOf(AccessDeniedException.class);
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> team.workspace(ref)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> team.assignAll(List.of(ref), null)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
