package fr.cpro.support;

import fr.cpro.CproTest;
import fr.cpro.account.AccountService;
import fr.cpro.establishment.EstablishmentService;
import fr.cpro.security.Uai;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queue's SQL reads indexes, never the whole ticket or message table: EXPLAIN of the very queries the
 * service runs, on a few thousand generated tickets (inserted in bulk, rolled back at the end).
 */
@CproTest
@Transactional
class TicketQueueExplainTest {

    static final int TICKETS = 4000;
    static final int SCHOOLS = 20;
    static final String ONE_SCHOOL = "0900003" + Uai.checkLetter("0900003");

    @Autowired TicketQueue queue;
    @Autowired JdbcTemplate jdbc;
    @Autowired NamedParameterJdbcTemplate named;
    @Autowired UserDetailsService users;
    @Autowired EstablishmentService establishments;
    @Autowired AccountService accounts;
    @Autowired Clock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void generate() {
        long creator = jdbc.queryForObject("select id from account where login = ?", Long.class, SupportTestUsers.SCHOOL_A);
        // Twenty generated schools share the tickets, so that one school is a small part of the queue.
        var schools = new ArrayList<Long>();
        for (int s = 0; s < SCHOOLS; s++) {
            String digits = String.format("09%05d", s);
            String uai = digits + Uai.checkLetter(digits);
            jdbc.update("insert ignore into establishment (uai, name, official_email, academie, created_at) values (?, ?, ?, 'Test', ?)",
                    uai, "Lycée généré " + s, "ce." + uai + "@ac-test.fr", Timestamp.from(clock.instant()));
            schools.add(jdbc.queryForObject("select id from establishment where uai = ?", Long.class, uai));
        }
        long agent = jdbc.queryForObject("select id from account where login = ?", Long.class, SupportTestUsers.AGENT);
        var statuses = List.of("NOUVEAU", "EN_COURS", "EN_ATTENTE", "RESOLU", "RESOLU", "FERME", "FERME", "FERME", "FERME", "FERME");
        var rows = new ArrayList<Object[]>();
        var now = clock.instant();
        for (int i = 0; i < TICKETS; i++) {
            String status = statuses.get(i % statuses.size());
            boolean open = status.equals("NOUVEAU") || status.equals("EN_COURS");
            Timestamp due = open ? Timestamp.from(now.plus(Duration.ofHours((i * 7L) % 200 - 20))) : null;
            rows.add(new Object[] {"EXPL-" + String.format("%06d", i), schools.get(i % SCHOOLS), creator, i % 3 == 0 ? null : agent,
                    SupportCategory.values()[i % SupportCategory.values().length].name(), "Sujet généré numéro " + i,
                    status, Timestamp.from(now), Timestamp.from(now), due,
                    due == null ? Timestamp.from(Ticket.NO_DEADLINE) : due});
        }
        jdbc.batchUpdate("insert into ticket (reference, establishment_id, created_by, assignee_id, category, subject,"
                + " status, created_at, last_activity_at, due_at, sla_sort) values (?,?,?,?,?,?,?,?,?,?,?)", rows);
        jdbc.update("insert into ticket_message (ticket_id, author_side, author_account_id, author_name, body, internal,"
                + " created_at) select id, 'SCHOOL', created_by, 'Généré', concat('Message généré ', reference), false,"
                + " created_at from ticket where reference like 'EXPL-%'");
    }

    @Test
    void everyQueueQueryReadsAnIndexNeverTheWholeTicketOrMessageTable() {
        generate();
        SupportTestUsers.signIn(users, SupportTestUsers.AGENT);
        TicketQueue target = AopTestUtils.getTargetObject(queue);
        Map<String, QueueFilter> filters = new LinkedHashMap<>();
        filters.put("first page, default order", QueueFilter.OPEN);
        filters.put("status + category", new QueueFilter(Set.of(TicketStatus.EN_COURS), SupportCategory.ABONNEMENT,
                null, null, null, null, null));
        filters.put("one school (UAI)", new QueueFilter(Set.of(), null, ONE_SCHOOL, null, null, null, null));
        filters.put("unassigned", QueueFilter.unassigned());
        filters.put("mine", QueueFilter.mine());
        filters.put("overdue", QueueFilter.overdue());
        filters.put("every status", QueueFilter.everything());
        filters.put("full text", new QueueFilter(EnumSet.allOf(TicketStatus.class), null, null, null, null, null, "généré 1234"));
        filters.put("full text, common word alone", new QueueFilter(EnumSet.allOf(TicketStatus.class), null, null, null,
                null, null, "numéro"));
        var plans = new StringBuilder();
        // "généré" and "numéro" are in every generated subject: common words, as the sample finds them.
        // A search of common words alone reads the newest 200 tickets and 500 messages: a range of ids, not the table.
        target.tuneSearch(1_000, 200, 500, 50);
        try {
            assertThat(target.searchLimited(filters.get("full text"))).isFalse();
            assertThat(target.searchLimited(filters.get("full text, common word alone"))).isTrue();
            var probe = new MapSqlParameterSource();
            plans.append(explain("word frequency sample", target.probeSql(filters.get("full text"), probe), probe));
            plans.append(explainAll(target, filters));
        } finally {
            target.defaultSearch();
        }
        plans.append(explain("counts per status", target.countsSql(), new MapSqlParameterSource()));
        assertThat(plans).contains("ix_ticket_");
    }

    private String explainAll(TicketQueue target, Map<String, QueueFilter> filters) {
        var plans = new StringBuilder();
        for (var entry : filters.entrySet()) {
            var params = new MapSqlParameterSource();
            String sql = target.pageSql(entry.getValue(), entry.getKey().equals("every status") ? 3000 : 0, 50, params);
            plans.append(explain(entry.getKey() + (entry.getKey().equals("every status") ? " (offset 3000)" : ""), sql, params));
            var countParams = new MapSqlParameterSource();
            plans.append(explain(entry.getKey() + " — count", target.countSql(entry.getValue(), countParams), countParams));
        }
        return plans.toString();
    }

    private String explain(String name, String sql, MapSqlParameterSource params) {
        List<Map<String, Object>> plan = named.queryForList("explain " + sql, params);
        var out = new StringBuilder("-- " + name + "\n" + sql + "\n");
        for (var row : plan) {
            out.append(String.format("  table=%s type=%s key=%s rows=%s extra=%s%n", row.get("table"), row.get("type"),
                    row.get("key"), row.get("rows"), row.get("Extra")));
        }
        System.out.println("QUEUE EXPLAIN " + out);
        for (var row : plan) {
            if (List.of("t", "m", "s", "cm", "ticket").contains(String.valueOf(row.get("table")))) {
                assertThat(row.get("type")).as(name + ": " + row).isNotEqualTo("ALL");
            }
        }
        return out.toString();
    }
}
