package fr.cpro.demo;

import fr.cpro.CproTest;
import fr.cpro.establishment.DiplomaService;
import fr.cpro.establishment.EstablishmentService;
import fr.cpro.establishment.SubscriptionStatus;
import fr.cpro.establishment.SubscriptionSummary;
import fr.cpro.establishment.TestSchools;
import fr.cpro.TestAccounts;
import fr.cpro.mail.TestMailbox;
import fr.cpro.security.Uai;
import fr.cpro.support.QueueFilter;
import fr.cpro.support.QueueRow;
import fr.cpro.support.TeamTicketService;
import fr.cpro.support.TicketFilter;
import fr.cpro.support.TicketQueue;
import fr.cpro.support.TicketService;
import fr.cpro.support.TicketStatus;
import fr.cpro.support.TicketSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo seed: an existing demo school gets its subscriptions, once; five more schools and forty tickets make
 * the queue and a school's list look lived in, every rule holding (one overdue ticket, notes the school never sees).
 */
@CproTest
class DemoDataTest {

    @Autowired
    DemoData demoData;
    @Autowired
    DiplomaService diplomas;
    @Autowired
    EstablishmentService establishments;
    @Autowired
    TestSchools schools;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TicketQueue queue;
    @Autowired
    TicketService tickets;
    @Autowired
    TeamTicketService team;
    @Autowired
    TestMailbox mailbox;
    @Autowired
    Clock clock;

    /** The demo schools' UAIs, the demo school first. */
    private static List<String> demoUais() {
        var uais = new java.util.ArrayList<>(List.of(DemoData.SCHOOL_UAI));
        DemoData.MORE_SCHOOLS.forEach(s -> uais.add(s.uai()));
        return uais;
    }

    /**
     * The demo's tickets: those of the five schools, and those the seed wrote for the demo school, which it dates
     * back (tests that send tickets from the demo school do so later, at the real time).
     */
    private List<Map<String, Object>> demoTickets() {
        String in = String.join(",", demoUais().stream().map(u -> "'" + u + "'").toList());
        return jdbc.queryForList("select t.reference, t.subject, t.status, t.assignee_id, t.due_at, t.sla_paused_seconds,"
                + " e.uai from ticket t join establishment e on e.id = t.establishment_id where e.uai in (" + in + ")"
                + " and (e.uai <> ? or t.created_at <= (select max(x.created_at) from ticket x join establishment f"
                + " on f.id = x.establishment_id where f.uai in (" + in + ") and f.uai <> ?)) order by t.reference",
                DemoData.SCHOOL_UAI, DemoData.SCHOOL_UAI);
    }

    @Test
    void fiveMoreSchoolsAndFortyTicketsAcrossStatusesOneOverdueNotesNeverShownToTheSchoolAndARestartAddsNothing() {
        demoData.run(null);
        var demo = demoTickets();
        var perStatus = new TreeMap<String, Long>();
        demo.forEach(t -> perStatus.merge((String) t.get("status"), 1L, Long::sum));
        assertThat(perStatus).as("the script's statuses").containsExactlyInAnyOrderEntriesOf(Map.of(
                "NOUVEAU", 9L, "EN_COURS", 10L, "EN_ATTENTE", 8L, "RESOLU", 7L, "FERME", 6L));
        assertThat(demo).extracting(t -> t.get("uai")).as("every demo school has tickets").containsAll(demoUais());
        assertThat(demo).filteredOn(t -> "EN_ATTENTE".equals(t.get("status")))
                .as("waiting for the school: the deadline is paused").allMatch(t -> t.get("due_at") == null);

        // The schools are real-looking and their administrators can sign in.
        for (var school : DemoData.MORE_SCHOOLS) {
            assertThat(Uai.parse(school.uai()).value()).isEqualTo(school.uai());
            var summary = schools.asAgent(() -> establishments.findByUai(school.uai())).orElseThrow();
            assertThat(summary.name()).isEqualTo(school.name());
            assertThat(summary.academie()).isEqualTo(school.academie());
            assertThat(schools.asAgent(() -> diplomas.subscriptionsOf(summary.id()))).isNotEmpty();
        }

        List<String> references = demo.stream().map(t -> (String) t.get("reference")).toList();
        var agentView = accounts.as(DemoData.AGENT, () -> queue.find(QueueFilter.everything(), 0, 500));
        var rows = agentView.stream().filter(r -> references.contains(r.reference())).toList();
        assertThat(rows).extracting(QueueRow::assigneeName).as("assigned among the demo agents, some to nobody")
                .contains("Alex DURAND", "Sacha BERNARD", null);
        var overdue = accounts.as(DemoData.AGENT, () -> queue.find(QueueFilter.overdue(), 0, 500)).stream()
                .filter(r -> references.contains(r.reference())).toList();
        assertThat(overdue).as("one overdue ticket").singleElement().satisfies(r -> {
            assertThat(r.subject()).isEqualTo(DemoTickets.OVERDUE_SUBJECT);
            assertThat(r.businessTimeLeft()).isNegative();
            assertThat(r.assigneeName()).isEqualTo("Sacha BERNARD");
        });
        String late = overdue.getFirst().reference();

        // The note is on the agents' side only: not in the school's thread, not in its mail.
        var workspace = accounts.as(DemoData.AGENT, () -> team.workspace(late));
        assertThat(workspace.ticket().messages()).filteredOn(m -> m.internal())
                .singleElement().satisfies(m -> assertThat(m.body()).isEqualTo(DemoTickets.OVERDUE_NOTE));
        String lille = DemoData.MORE_SCHOOLS.get(2).uai();
        var seenBySchool = accounts.as(lille, () -> tickets.get(late));
        assertThat(seenBySchool.overdue()).isTrue();
        assertThat(seenBySchool.messages()).isNotEmpty().noneMatch(m -> m.internal())
                .noneMatch(m -> m.body().contains("préproduction"));
        assertThat(mailbox.to("ce." + lille + "@ac-lille.fr")).isNotEmpty()
                .noneMatch(m -> m.getBodyText().contains("préproduction"));
        long notes = jdbc.queryForObject("select count(*) from ticket_message m join ticket t on t.id = m.ticket_id"
                + " where m.internal and t.reference in (" + String.join(",", references.stream().map(r -> "'" + r + "'").toList())
                + ")", Long.class);
        assertThat(notes).as("internal notes on several tickets").isGreaterThanOrEqualTo(8);

        // The demo school's own list: its tickets, newest activity first, with the team's replies.
        List<TicketSummary> list = accounts.as(DemoData.SCHOOL_UAI,
                () -> tickets.find(TicketFilter.ALL, PageRequest.of(0, 200)));
        assertThat(list).filteredOn(t -> references.contains(t.reference())).hasSize(7)
                .extracting(TicketSummary::status).contains(TicketStatus.EN_ATTENTE, TicketStatus.RESOLU, TicketStatus.FERME);

        // A restart keeps what is there.
        demoData.run(null);
        assertThat(demoTickets()).hasSameSizeAs(demo);
        assertThat(jdbc.queryForObject("select count(*) from establishment where uai in ("
                + String.join(",", demoUais().stream().map(u -> "'" + u + "'").toList()) + ")", Long.class)).isEqualTo(6);
    }

    @Test
    void aDemoSchoolFromBeforeSubscriptionsGetsThreeValidEndingAndExpiredAndARestartAddsNothing() {
        long school = schools.asAgent(() -> establishments.findByUai(DemoData.SCHOOL_UAI).orElseThrow().id());
        // As on a developer's machine that created the demo school before this change.
        jdbc.update("DELETE FROM subscription WHERE establishment_id = ?", school);

        demoData.run(null);
        demoData.run(null);

        var subscriptions = schools.asAgent(() -> diplomas.subscriptionsOf(school));
        assertThat(subscriptions).extracting(s -> s.diploma().code(), SubscriptionSummary::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DemoData.DIPLOMA_EXPIRED, SubscriptionStatus.EXPIRED),
                        org.assertj.core.groups.Tuple.tuple(DemoData.DIPLOMA_VALID, SubscriptionStatus.VALID),
                        org.assertj.core.groups.Tuple.tuple(DemoData.DIPLOMA_ENDING, SubscriptionStatus.EXPIRING));
    }
}
