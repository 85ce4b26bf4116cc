package fr.cpro.support;

import fr.cpro.base.LikePatterns;
import fr.cpro.establishment.EstablishmentService;
import fr.cpro.security.CurrentUser;
import fr.cpro.security.InvalidUaiException;
import fr.cpro.security.Uai;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The agents' queue, filtered, sorted and paged in SQL: most urgent deadline first, then the oldest
 * ticket. Each filter alone is served by an index of V60 ({@code ix_ticket_*_queue}, all ending in
 * {@code sla_sort, id}), so a page reads the index in order and stops after it; a page selects ids first and
 * only then reads the rows' columns (a deferred join), so a deep offset walks the index, not the rows.
 */
@Service
@PreAuthorize(TeamTicketService.TEAM)
public class TicketQueue {

    /** A reference typed whole, like CPRO-2026-000123. */
    private static final Pattern REFERENCE = Pattern.compile("(?i)CPRO-\\d{4}-\\d{6}");
    /** What separates words, boolean-mode operators and apostrophes included: the agent types words, never syntax. */
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}_]+");
    /** InnoDB's innodb_ft_min_token_size: shorter words are not indexed, and a required one would match nothing. */
    private static final int MIN_WORD = 3;

    private final NamedParameterJdbcTemplate jdbc;
    private final EstablishmentService establishments;
    private final BusinessCalendar calendar;
    private final CurrentUser currentUser;
    private final Clock clock;

    TicketQueue(NamedParameterJdbcTemplate jdbc, EstablishmentService establishments, BusinessCalendar calendar,
                CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.establishments = establishments;
        this.calendar = calendar;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** One page of the queue. */
    @Transactional(readOnly = true)
    public List<QueueRow> find(QueueFilter filter, int offset, int limit) {
        var params = new MapSqlParameterSource();
        List<Long> ids = jdbc.queryForList(pageSql(filter, offset, limit, params), params, Long.class);
        if (ids.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        Map<Long, QueueRow> rows = new HashMap<>();
        jdbc.query("""
                select t.id, t.reference, t.subject, t.category, t.status, t.assignee_id, t.due_at,
                       t.sla_paused_seconds, t.last_activity_at, t.diploma_label, t.version,
                       e.name, e.uai, a.first_name, a.last_name, a.login
                from ticket t
                join establishment e on e.id = t.establishment_id
                left join account a on a.id = t.assignee_id
                where t.id in (:ids)""", Map.of("ids", ids), rs -> {
            rows.put(rs.getLong("id"), row(rs, now));
        });
        return ids.stream().map(rows::get).toList();
    }

    /** The ids of one page, in the queue's order (package-private: the EXPLAIN test reads the very SQL). */
    String pageSql(QueueFilter filter, int offset, int limit, MapSqlParameterSource params) {
        String where = where(filter == null ? QueueFilter.OPEN : filter, params);
        params.addValue("limit", Math.max(1, Math.min(limit, 500))).addValue("offset", Math.max(0, offset));
        return "select t.id from " + from(filter, params) + " where " + where
                + " order by t.sla_sort, t.id limit :limit offset :offset";
    }

    /** The count of {@link #count}, for the EXPLAIN test. */
    String countSql(QueueFilter filter, MapSqlParameterSource params) {
        return "select count(*) from " + from(filter, params) + " where "
                + where(filter == null ? QueueFilter.OPEN : filter, params);
    }

    /** How many tickets match: for the pager's total, bounded by the same indexes as {@link #find}. */
    @Transactional(readOnly = true)
    public long count(QueueFilter filter) {
        var params = new MapSqlParameterSource();
        Long n = jdbc.queryForObject(countSql(filter, params), params, Long.class);
        return n == null ? 0 : n;
    }

    /** Tickets per status, every status present: an index-only GROUP BY over ix_ticket_status_queue. */
    @Transactional(readOnly = true)
    public Map<TicketStatus, Long> countsByStatus() {
        Map<TicketStatus, Long> counts = new EnumMap<>(TicketStatus.class);
        Arrays.stream(TicketStatus.values()).forEach(s -> counts.put(s, 0L));
        jdbc.query("select status, count(*) n from ticket group by status", rs -> {
            counts.put(TicketStatus.valueOf(rs.getString("status")), rs.getLong("n"));
        });
        return counts;
    }

    /** The reference when the text is one, typed whole: the queue opens that ticket rather than searching. */
    public static Optional<String> asReference(String text) {
        return text != null && REFERENCE.matcher(text.strip()).matches()
                ? Optional.of(text.strip().toUpperCase(Locale.ROOT)) : Optional.empty();
    }

    private String where(QueueFilter f, MapSqlParameterSource p) {
        var reference = asReference(f.text());
        if (reference.isPresent()) {
            p.addValue("reference", reference.get());
            return "t.reference = :reference";
        }
        List<String> and = new ArrayList<>();
        and.add("t.status in (:statuses)");
        p.addValue("statuses", f.statuses().stream().map(Enum::name).toList());
        if (f.category() != null) {
            and.add("t.category = :category");
            p.addValue("category", f.category().name());
        }
        school(f.school(), and, p);
        switch (f.assignee()) {
            case ME -> {
                and.add("t.assignee_id = :agent");
                p.addValue("agent", currentUser.require().accountId());
            }
            case UNASSIGNED -> and.add("t.assignee_id is null");
            case AGENT -> {
                and.add("t.assignee_id = :agent");
                p.addValue("agent", f.agentId() == null ? -1L : f.agentId());
            }
            case ANYONE -> { }
        }
        if (f.sla() != null) {
            Instant now = clock.instant();
            Instant soon = calendar.addBusinessHours(now, QueueFilter.Sla.SOON_BUSINESS_HOURS);
            // sla_sort is the running deadline (and a far date when none runs): one range on the queue's index.
            switch (f.sla()) {
                case OVERDUE -> and.add("t.sla_sort < :now");
                case DUE_SOON -> and.add("t.sla_sort >= :now and t.sla_sort < :soon");
                case ON_TIME -> and.add("t.sla_sort >= :soon and t.sla_sort < :none");
            }
            p.addValue("now", utc(now)).addValue("soon", utc(soon)).addValue("none", utc(Ticket.NO_DEADLINE));
        }
        return String.join(" and ", and);
    }

    /**
     * The tickets, joined with the full-text hits when there are words to search: each FULLTEXT index is read
     * on its own (an OR of two MATCH would scan the tickets), their union joined back by primary key. Each word
     * gets its own union, so a ticket matches when every word is somewhere in it (one in the subject, another
     * in a message), not only when one field holds them all.
     */
    private String from(QueueFilter filter, MapSqlParameterSource p) {
        QueueFilter f = filter == null ? QueueFilter.OPEN : filter;
        List<String> words = asReference(f.text()).isPresent() ? List.of() : searchTerms(f.text());
        var from = new StringBuilder("ticket t");
        for (int i = 0; i < words.size(); i++) {
            p.addValue("word" + i, words.get(i));
            from.append(" join (select s.id from ticket s where match(s.subject) against (:word").append(i)
                    .append(" in boolean mode) union select m.ticket_id from ticket_message m where match(m.body) against (:word")
                    .append(i).append(" in boolean mode)) hits").append(i).append(" on hits").append(i).append(".id = t.id");
        }
        return from.toString();
    }

    /** A UAI (as at sign-in) is one school; anything else is a part of the name. */
    private void school(String typed, List<String> and, MapSqlParameterSource p) {
        if (typed == null || typed.isBlank()) {
            return;
        }
        try {
            Uai uai = Uai.parse(typed);
            and.add("t.establishment_id = :school");
            p.addValue("school", establishments.findByUai(uai.value()).map(s -> s.id()).orElse(-1L));
        } catch (InvalidUaiException notAUai) {
            and.add("t.establishment_id in (select e.id from establishment e where e.name like :schoolName escape '"
                    + LikePatterns.ESCAPE + "')");
            p.addValue("schoolName", LikePatterns.containing(typed.strip()));
        }
    }

    /** Every word required, as a prefix ("licen" finds "licences"); {@code null} when no word is searchable. */
    static String booleanQuery(String text) {
        List<String> terms = searchTerms(text);
        return terms.isEmpty() ? null : String.join(" ", terms);
    }

    /** One boolean-mode term per searchable word, each required as a prefix ({@code +licen*}). */
    private static List<String> searchTerms(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(SEPARATORS.split(text))
                .filter(w -> w.codePointCount(0, w.length()) >= MIN_WORD)
                .map(w -> "+" + w + "*")
                .toList();
    }

    /** The columns hold UTC (hibernate.jdbc.time_zone): read and bound as such, whatever the JVM's zone. */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    private QueueRow row(ResultSet rs, Instant now) throws SQLException {
        Instant due = instant(rs, "due_at");
        long pausedSeconds = rs.getLong("sla_paused_seconds");
        boolean paused = !rs.wasNull();
        Duration left = due != null ? calendar.businessTimeBetween(now, due)
                : paused ? Duration.ofSeconds(pausedSeconds) : null;
        long assignee = rs.getLong("assignee_id");
        Long assigneeId = rs.wasNull() ? null : assignee;
        String assigneeName = assigneeId == null ? null
                : fr.cpro.security.CproPrincipal.displayName(rs.getString("first_name"), rs.getString("last_name"),
                        rs.getString("login"));
        return new QueueRow(rs.getString("reference"), rs.getString("subject"), rs.getString("name"),
                rs.getString("uai"), SupportCategory.valueOf(rs.getString("category")),
                TicketStatus.valueOf(rs.getString("status")), assigneeId, assigneeName,
                due, left, paused, instant(rs, "last_activity_at"),
                rs.getString("diploma_label"), rs.getLong("version"));
    }
}
