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
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The agents' queue, filtered, sorted and paged in SQL: most urgent deadline first, then the oldest
 * ticket. Each filter alone is served by an index of V60 ({@code ix_ticket_*_queue}, all ending in
 * {@code sla_sort, id}), so a page reads the index in order and stops after it; a page selects ids first and
 * only then reads the rows' columns (a deferred join), so a deep offset walks the index, not the rows.
 *
 * <p>A FULLTEXT search costs what its word's list of documents costs: 20 ms for a rare word, seconds for a word
 * of most messages ("bonjour"). Each word's share of the subjects and messages is first estimated on a small
 * sample ({@link #documentsEstimate}); common words then only filter the few tickets the rare ones found, and a
 * search of common words alone looks in the most recent tickets and messages only ({@link #searchLimited}).
 * The counts per status are kept by the database (V62), never counted again.
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
    /** The sample of a word's frequency: this many windows of consecutive ids, spread over each table. */
    private static final int SAMPLE_WINDOWS = 10;
    /** How long a word's estimate is reused (per instance), and how many words are kept. */
    private static final Duration ESTIMATE_LIFETIME = Duration.ofMinutes(10);
    private static final int ESTIMATES_KEPT = 2_000;

    /** A word estimated in more documents (subjects + messages) than this is common: its FULLTEXT list is long. */
    private long commonWordDocuments = 20_000;
    /** A search of common words alone reads the subjects of this many newest tickets and this many newest messages. */
    private int recentTickets = 2_000;
    private int recentMessages = 5_000;
    /** Ids in each window of the sample. */
    private int sampleWindow = 50;
    private final Map<String, Estimate> estimates = new ConcurrentHashMap<>();

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

    /**
     * Whether the filter's words are all common (in most tickets), so that the search looks only in the most recent
     * tickets and messages ({@link #recentTicketsSearched}): the queue says so.
     */
    @Transactional(readOnly = true)
    public boolean searchLimited(QueueFilter filter) {
        QueueFilter f = filter == null ? QueueFilter.OPEN : filter;
        List<String> words = words(f);
        return !words.isEmpty() && words.stream().allMatch(this::common);
    }

    /** The number of recent tickets a {@linkplain #searchLimited limited} search reads, for the queue's note. */
    public int recentTicketsSearched() {
        return recentTickets;
    }

    /** The ids of one page, in the queue's order (package-private: the EXPLAIN test reads the very SQL). */
    String pageSql(QueueFilter filter, int offset, int limit, MapSqlParameterSource params) {
        QueueFilter f = filter == null ? QueueFilter.OPEN : filter;
        Words words = split(f);
        params.addValue("limit", Math.max(1, Math.min(limit, 500))).addValue("offset", Math.max(0, offset));
        return "select t.id from " + from(words, params) + " where " + where(f, words, params)
                + " order by t.sla_sort, t.id limit :limit offset :offset";
    }

    /** The count of {@link #count}, for the EXPLAIN test. */
    String countSql(QueueFilter filter, MapSqlParameterSource params) {
        QueueFilter f = filter == null ? QueueFilter.OPEN : filter;
        Words words = split(f);
        return "select count(*) from " + from(words, params) + " where " + where(f, words, params);
    }

    /** How many tickets match: for the pager's total, bounded by the same indexes as {@link #find}. */
    @Transactional(readOnly = true)
    public long count(QueueFilter filter) {
        QueueFilter f = filter == null ? QueueFilter.OPEN : filter;
        if (statusesOnly(f)) {
            Map<TicketStatus, Long> counts = countsByStatus();
            return f.statuses().stream().mapToLong(counts::get).sum();
        }
        var params = new MapSqlParameterSource();
        Long n = jdbc.queryForObject(countSql(filter, params), params, Long.class);
        return n == null ? 0 : n;
    }

    /** Tickets per status, every status present: five rows the database keeps (V62's triggers), no count. */
    @Transactional(readOnly = true)
    public Map<TicketStatus, Long> countsByStatus() {
        Map<TicketStatus, Long> counts = new EnumMap<>(TicketStatus.class);
        Arrays.stream(TicketStatus.values()).forEach(s -> counts.put(s, 0L));
        jdbc.query(countsSql(), rs -> {
            counts.put(TicketStatus.valueOf(rs.getString("status")), rs.getLong("n"));
        });
        return counts;
    }

    /** The statement of {@link #countsByStatus}, for the bench's EXPLAIN. */
    String countsSql() {
        return "select status, tickets n from ticket_status_count";
    }

    /** Whether nothing but the statuses filters: the count is then a sum of the kept counts. */
    public static boolean statusesOnly(QueueFilter f) {
        return f.category() == null && (f.school() == null || f.school().isBlank())
                && f.assignee() == QueueFilter.Assignee.ANYONE && f.sla() == null
                && asReference(f.text()).isEmpty() && booleanQuery(f.text()) == null;
    }

    /** The reference when the text is one, typed whole: the queue opens that ticket rather than searching. */
    public static Optional<String> asReference(String text) {
        return text != null && REFERENCE.matcher(text.strip()).matches()
                ? Optional.of(text.strip().toUpperCase(Locale.ROOT)) : Optional.empty();
    }

    private String where(QueueFilter f, Words words, MapSqlParameterSource p) {
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
        commonWords(words, and, p);
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
     * The tickets, joined with the full-text hits when there are words to search. Every word must be somewhere in the
     * ticket (one in the subject, another in a message), so each rare word gets its own join: the union of its
     * FULLTEXT hits in the subjects and in the messages (an OR of two MATCH would scan the tickets), by primary key.
     * The common words only filter those tickets ({@link #where}: {@code LIKE}, accents and case ignored by the
     * collation); common words alone look at the newest tickets and the tickets of the newest messages only.
     */
    private String from(Words words, MapSqlParameterSource p) {
        if (words.rare().isEmpty() && !words.common().isEmpty()) {
            long[] bounds = bounds();
            p.addValue("recentTicket", bounds[1] - recentTickets).addValue("recentMessage", bounds[3] - recentMessages);
            // The few recent candidates first (straight_join), each then read by primary key: left to itself, the
            // optimizer may prefer to scan the tickets when it misjudges the union's size.
            return "(select s.id from ticket s where s.id > :recentTicket union select m.ticket_id"
                    + " from ticket_message m where m.id > :recentMessage) recent straight_join ticket t on t.id = recent.id";
        }
        var from = new StringBuilder("ticket t");
        for (int i = 0; i < words.rare().size(); i++) {
            p.addValue("word" + i, "+" + words.rare().get(i) + "*");
            from.append(" join (select s.id from ticket s where match(s.subject) against (:word").append(i)
                    .append(" in boolean mode) union select m.ticket_id from ticket_message m where match(m.body) against (:word")
                    .append(i).append(" in boolean mode)) hits").append(i).append(" on hits").append(i).append(".id = t.id");
        }
        return from.toString();
    }

    /**
     * Each common word in the subject or in one of the ticket's messages (its candidates are few: see {@link #from}),
     * the messages read through the ticket's index: a scalar subquery, as an EXISTS would be turned into an IN that
     * MariaDB materializes by reading every message with the LIKE.
     */
    private static void commonWords(Words words, List<String> and, MapSqlParameterSource p) {
        for (int i = 0; i < words.common().size(); i++) {
            p.addValue("common" + i, LikePatterns.containing(words.common().get(i)));
            and.add("(t.subject like :common" + i + " escape '" + LikePatterns.ESCAPE + "' or (select 1"
                    + " from ticket_message cm force index (ix_ticket_message_ticket) where cm.ticket_id = t.id"
                    + " and cm.body like :common" + i + " escape '" + LikePatterns.ESCAPE + "' limit 1) is not null)");
        }
    }

    /** The filter's searchable words, split once per statement: FULLTEXT for the rare, LIKE for the common. */
    private Words split(QueueFilter f) {
        List<String> rare = new ArrayList<>();
        List<String> common = new ArrayList<>();
        words(f).forEach(w -> (common(w) ? common : rare).add(w));
        return new Words(rare, common);
    }

    private record Words(List<String> rare, List<String> common) {
    }

    /** The searchable words of the filter, in order, each once; none for a reference. */
    private static List<String> words(QueueFilter f) {
        String query = asReference(f.text()).isPresent() ? null : booleanQuery(f.text());
        if (query == null) {
            return List.of();
        }
        // booleanQuery made "+word*" of each word: take the words back, lower-cased for the estimates' cache.
        return Arrays.stream(query.split(" ")).map(w -> w.substring(1, w.length() - 1).toLowerCase(Locale.ROOT))
                .distinct().toList();
    }

    private boolean common(String word) {
        return documentsEstimate(word) > commonWordDocuments;
    }

    /**
     * About how many subjects and messages contain the word: its share of a sample (windows of consecutive ids
     * spread over each table, read by primary key) times the table's size. Kept a few minutes.
     */
    long documentsEstimate(String word) {
        Instant now = clock.instant();
        Estimate known = estimates.get(word);
        if (known != null && known.at().plus(ESTIMATE_LIFETIME).isAfter(now)) {
            return known.documents();
        }
        long[] bounds = bounds();
        var p = new MapSqlParameterSource();
        String sql = estimateSql(word, bounds, p);
        long documents = 0;
        if (sql != null) {
            Map<String, Object> hits = jdbc.queryForMap(sql, p);
            documents = scale(((Number) hits.get("subjects")).longValue(), bounds[0], bounds[1])
                    + scale(((Number) hits.get("bodies")).longValue(), bounds[2], bounds[3]);
        }
        if (estimates.size() >= ESTIMATES_KEPT) {
            estimates.clear();
        }
        estimates.put(word, new Estimate(documents, now));
        return documents;
    }

    /** The sample's count of subjects and messages holding the word; {@code null} when both tables are empty. */
    String estimateSql(String word, long[] bounds, MapSqlParameterSource p) {
        if (bounds[1] == 0 && bounds[3] == 0) {
            return null;
        }
        p.addValue("word", LikePatterns.containing(word));
        return "select (select count(*) from ticket s where (" + windows("s.id", "t", bounds[0], bounds[1], p)
                + ") and s.subject like :word escape '" + LikePatterns.ESCAPE + "') subjects,"
                + " (select count(*) from ticket_message m where (" + windows("m.id", "m", bounds[2], bounds[3], p)
                + ") and m.body like :word escape '" + LikePatterns.ESCAPE + "') bodies";
    }

    /** The probe of {@link #documentsEstimate} for the filter's first word, for the bench's EXPLAIN. */
    String probeSql(QueueFilter filter, MapSqlParameterSource p) {
        List<String> words = words(filter == null ? QueueFilter.OPEN : filter);
        return words.isEmpty() ? null : estimateSql(words.getFirst(), bounds(), p);
    }

    /** Ids {@code first..last} cut into the sample's windows, spread evenly (the whole range when it is small). */
    private String windows(String column, String prefix, long first, long last, MapSqlParameterSource p) {
        long span = last - first + 1;
        if (span <= (long) SAMPLE_WINDOWS * sampleWindow) {
            p.addValue(prefix + "from0", first).addValue(prefix + "to0", last);
            return column + " between :" + prefix + "from0 and :" + prefix + "to0";
        }
        List<String> or = new ArrayList<>();
        long step = span / SAMPLE_WINDOWS;
        for (int i = 0; i < SAMPLE_WINDOWS; i++) {
            long from = first + i * step;
            p.addValue(prefix + "from" + i, from).addValue(prefix + "to" + i, from + sampleWindow - 1);
            or.add(column + " between :" + prefix + "from" + i + " and :" + prefix + "to" + i);
        }
        return String.join(" or ", or);
    }

    /** The sample's hits scaled to the table: hits / ids sampled * ids in the table. */
    private long scale(long hits, long first, long last) {
        long span = last - first + 1;
        if (last == 0 || span <= 0) {
            return 0;
        }
        long sampled = Math.min(span, (long) SAMPLE_WINDOWS * sampleWindow);
        return hits * span / sampled;
    }

    /** Lowest and highest ids of the tickets and of the messages (0 when empty): ends of the primary keys. */
    private long[] bounds() {
        Map<String, Object> b = jdbc.getJdbcTemplate().queryForMap("select (select min(id) from ticket) t0,"
                + " (select max(id) from ticket) t1, (select min(id) from ticket_message) m0,"
                + " (select max(id) from ticket_message) m1");
        return new long[] {id(b.get("t0")), id(b.get("t1")), id(b.get("m0")), id(b.get("m1"))};
    }

    private static long id(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /**
     * For tests: where a word becomes common, how far a search of common words alone looks back, and the ids in
     * each window of the sample. Forgets the estimates.
     */
    void tuneSearch(long commonWordDocuments, int recentTickets, int recentMessages, int sampleWindow) {
        this.commonWordDocuments = commonWordDocuments;
        this.recentTickets = recentTickets;
        this.recentMessages = recentMessages;
        this.sampleWindow = sampleWindow;
        estimates.clear();
    }

    /** The defaults of {@link #tuneSearch}. */
    void defaultSearch() {
        tuneSearch(20_000, 2_000, 5_000, 50);
    }

    /** For tests: takes this estimate for the word, as if the sample had found it. */
    void assumeDocuments(String word, long documents) {
        estimates.put(word.toLowerCase(Locale.ROOT), new Estimate(documents, clock.instant()));
    }

    private record Estimate(long documents, Instant at) {
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
