package fr.cpro.support;

import fr.cpro.CproTest;
import fr.cpro.establishment.EstablishmentService;
import fr.cpro.establishment.TestSchools;
import fr.cpro.security.CproPrincipal;
import fr.cpro.security.CurrentUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queue against a plain model: on a seeded random set of tickets, every combination of a representative value
 * per filter (status set, category, school, assignee, SLA state, full text; "no filter" included) returns, page by
 * page, exactly the tickets an in-Java filter of the same rows returns, most urgent deadline first, then oldest.
 *
 * <p>The seed is printed with any failure; rerun it with {@code -Dcpro.queue.seed=<n>}. The database is shared with
 * the other tests of the JVM, so the model reads <em>every</em> ticket (its own and the others') and the searched
 * words and school names carry this run's tag, so only this run's tickets can hold them.
 *
 * <p>Set-up: schools, tickets, replies, notes, assignments and statuses through the services (they are cheap at this
 * size); only the deadlines are then written in SQL, spread around now and on the SLA boundaries (the service would
 * need weeks of a moving clock to produce them).
 */
@CproTest
class TicketQueuePropertyTest {

    private static final long DEFAULT_SEED = 0x5EED_2026L;
    private static final int TICKETS = 200;
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}_]+");
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

    /** Most urgent running deadline first, tickets without one after them; then the oldest ticket. */
    private static final Comparator<Snap> URGENT_FIRST = Comparator
            .comparing((Snap s) -> s.dueAt() == null ? Instant.MAX : s.dueAt()).thenComparing(Snap::id);

    @Autowired TicketService tickets;
    @Autowired TeamTicketService team;
    @Autowired TicketQueue springQueue;
    @Autowired NamedParameterJdbcTemplate namedJdbc;
    @Autowired JdbcTemplate jdbc;
    @Autowired EstablishmentService establishments;
    @Autowired BusinessCalendar calendar;
    @Autowired CurrentUser currentUser;
    @Autowired UserDetailsService users;
    @Autowired TestSchools schools;
    @Autowired Clock appClock;

    private final long seed = Long.getLong("cpro.queue.seed", DEFAULT_SEED);
    /** Unique to this run: the only tickets holding the searched words, the only schools with these names. */
    private final String tag = "prop" + Long.toString(System.nanoTime(), 36);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A ticket as the model sees it: the columns the filters speak of, and its searchable words. */
    record Snap(long id, String reference, TicketStatus status, SupportCategory category, long schoolId,
                String schoolName, String uai, Long assigneeId, Instant dueAt, Instant slaSort,
                List<String> subjectWords, List<List<String>> messageWords) {
    }

    /** One value of one filter: what it sets on the filter and which tickets it keeps. */
    record Value<T>(String label, T value, Predicate<Snap> keeps) {
    }

    @Test
    void everyCombinationOfFiltersReturnsWhatAPlainFilterOfTheSameTicketsReturnsInOrderOnEveryPage() {
        try {
            run();
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("TicketQueuePropertyTest failed with seed " + seed
                    + " (rerun: -Dcpro.queue.seed=" + seed + "): " + e.getMessage(), e);
        }
    }

    private void run() {
        Random random = new Random(seed);
        Instant now = appClock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant soon = calendar.addBusinessHours(now, QueueFilter.Sla.SOON_BUSINESS_HOURS);
        // The queue under test, on a clock that stands still: the SLA states of the model and of the SQL agree.
        TicketQueue queue = new TicketQueue(namedJdbc, establishments, calendar, currentUser,
                Clock.fixed(now, appClock.getZone()));

        String subjectWord = tag + "été";        // searched as "…ETE": accents and case ignored
        String bodyWord = tag + "brume";
        long started = System.nanoTime();
        var setup = createTickets(random, subjectWord, bodyWord, now, soon);
        long setupMs = (System.nanoTime() - started) / 1_000_000;

        CproPrincipal agent = SupportTestUsers.signIn(users, SupportTestUsers.AGENT);
        List<Snap> all = snapshot();
        assertThat(all.stream().filter(s -> s.schoolName().endsWith(tag))).hasSize(TICKETS);

        var statuses = List.<Value<Set<TicketStatus>>>of(
                new Value<>("statuts par défaut", Set.of(), s -> QueueFilter.OPEN_STATUSES.contains(s.status())),
                new Value<>("En attente + Résolu", EnumSet.of(TicketStatus.EN_ATTENTE, TicketStatus.RESOLU),
                        s -> s.status() == TicketStatus.EN_ATTENTE || s.status() == TicketStatus.RESOLU),
                new Value<>("tous", EnumSet.allOf(TicketStatus.class), s -> true));
        var categories = List.<Value<SupportCategory>>of(
                new Value<>("toute catégorie", null, s -> true),
                new Value<>("Abonnement", SupportCategory.ABONNEMENT, s -> s.category() == SupportCategory.ABONNEMENT),
                new Value<>("Utilisation", SupportCategory.UTILISATION, s -> s.category() == SupportCategory.UTILISATION));
        var first = setup.schools().getFirst();
        String typedUai = first.uai().substring(0, 4) + " " + first.uai().substring(4).toLowerCase(Locale.ROOT);
        var schoolValues = List.<Value<String>>of(
                new Value<>("tout établissement", null, s -> true),
                new Value<>("UAI " + typedUai, typedUai, s -> s.uai().equals(first.uai())),
                new Value<>("nom « JAURES »", "JAURES " + tag,
                        s -> fold(s.schoolName()).contains(fold("jaures " + tag))),
                new Value<>("nom « tag »", tag.toUpperCase(Locale.ROOT), s -> fold(s.schoolName()).contains(tag)));
        long supervisor = setup.supervisorId();
        var assignees = List.<Value<QueueFilter.Assignee>>of(
                new Value<>("n'importe qui", QueueFilter.Assignee.ANYONE, s -> true),
                new Value<>("moi", QueueFilter.Assignee.ME, s -> Long.valueOf(agent.accountId()).equals(s.assigneeId())),
                new Value<>("non assignés", QueueFilter.Assignee.UNASSIGNED, s -> s.assigneeId() == null),
                new Value<>("superviseur", QueueFilter.Assignee.AGENT, s -> Long.valueOf(supervisor).equals(s.assigneeId())));
        var slas = List.<Value<QueueFilter.Sla>>of(
                new Value<>("toute échéance", null, s -> true),
                new Value<>("à temps", QueueFilter.Sla.ON_TIME, s -> s.dueAt() != null && !now.isAfter(s.dueAt())
                        && calendar.businessTimeBetween(now, s.dueAt()).compareTo(Duration.ofHours(8)) >= 0),
                new Value<>("moins de 8 h", QueueFilter.Sla.DUE_SOON, s -> s.dueAt() != null && !now.isAfter(s.dueAt())
                        && calendar.businessTimeBetween(now, s.dueAt()).compareTo(Duration.ofHours(8)) < 0),
                new Value<>("dépassée", QueueFilter.Sla.OVERDUE, s -> s.dueAt() != null && now.isAfter(s.dueAt())));
        String reference = setup.references().get(random.nextInt(setup.references().size()));
        var texts = List.<Value<String>>of(
                new Value<>("sans texte", null, s -> true),
                new Value<>("mot des objets", " " + fold(subjectWord).toUpperCase(Locale.ROOT) + " ", s -> hasAll(s, List.of(subjectWord))),
                new Value<>("mot des messages", bodyWord, s -> hasAll(s, List.of(bodyWord))),
                new Value<>("les deux mots", "de " + bodyWord + ", " + subjectWord.substring(0, subjectWord.length() - 2),
                        s -> hasAll(s, List.of(bodyWord, subjectWord.substring(0, subjectWord.length() - 2)))),
                new Value<>("référence " + reference, " " + reference.toLowerCase(Locale.ROOT) + " ", null));

        // No value is idle: each keeps some of this run's tickets (and the boundaries are there).
        List<Snap> mine = all.stream().filter(s -> s.schoolName().endsWith(tag)).toList();
        for (var dimension : List.of(statuses, categories, schoolValues, assignees, slas, texts)) {
            for (var value : dimension) {
                if (value.value() != null && value.keeps() != null) {
                    assertThat(mine.stream().filter(value.keeps())).as(value.label()).isNotEmpty();
                }
            }
        }
        assertThat(mine).as("tickets due exactly now and exactly at the 8-hour boundary")
                .anyMatch(s -> now.equals(s.dueAt())).anyMatch(s -> soon.equals(s.dueAt()));

        int combinations = 0;
        int pages = 0;
        started = System.nanoTime();
        for (var status : statuses) {
            for (var category : categories) {
                for (var school : schoolValues) {
                    for (var assignee : assignees) {
                        for (var sla : slas) {
                            for (var text : texts) {
                                var filter = new QueueFilter(status.value(), category.value(), school.value(),
                                        assignee.value(), assignee.value() == QueueFilter.Assignee.AGENT ? supervisor : null,
                                        sla.value(), text.value());
                                // A reference typed whole is that ticket, whatever the other filters say.
                                Predicate<Snap> keeps = text.keeps() == null ? s -> s.reference().equals(reference)
                                        : status.keeps().and(category.keeps()).and(school.keeps())
                                        .and(assignee.keeps()).and(sla.keeps()).and(text.keeps());
                                List<String> expected = all.stream().filter(keeps)
                                        .sorted(URGENT_FIRST)
                                        .map(Snap::reference).toList();
                                String what = String.join(" | ", status.label(), category.label(), school.label(),
                                        assignee.label(), sla.label(), text.label());
                                pages += check(queue, filter, expected, random, what);
                                combinations++;
                            }
                        }
                    }
                }
            }
        }
        long checkMs = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("TicketQueuePropertyTest seed=%d: %d tickets in the database (%d of this run, set up in %d ms);"
                + " %d combinations, %d pages checked in %d ms%n", seed, all.size(), TICKETS, setupMs, combinations,
                pages, checkMs);
        assertThat(combinations).isEqualTo(3 * 3 * 4 * 4 * 4 * 5);

        String unknownUai = "0100001" + fr.cpro.security.Uai.checkLetter("0100001");
        var unknown = new QueueFilter(EnumSet.allOf(TicketStatus.class), null, unknownUai, null, null, null, null);
        assertThat(queue.find(unknown, 0, 50)).as("a valid UAI of no school").isEmpty();
        assertThat(queue.count(unknown)).isZero();

        // The application's own bean (role check, transaction, the real clock) pages the same way where the clock
        // does not matter.
        for (var status : statuses) {
            for (var text : texts.subList(0, 4)) {
                var filter = new QueueFilter(status.value(), null, tag, null, null, null, text.value());
                List<String> expected = all.stream().filter(status.keeps().and(text.keeps()).and(schoolValues.get(3).keeps()))
                        .sorted(URGENT_FIRST).map(Snap::reference).toList();
                assertThat(springQueue.find(filter, 0, 500)).extracting(QueueRow::reference)
                        .as("the Spring bean: " + status.label() + " | " + text.label()).containsExactlyElementsOf(expected);
                assertThat(springQueue.count(filter)).isEqualTo(expected.size());
            }
        }
    }

    /**
     * The count, then every page of a size drawn for this combination (offsets across page boundaries, the last
     * partial page and the empty page after the end), each row matching the ticket it names.
     */
    private int check(TicketQueue queue, QueueFilter filter, List<String> expected, Random random, String what) {
        assertThat(queue.count(filter)).as("count: " + what).isEqualTo(expected.size());
        int size = Math.max(1 + expected.size() / 5, 1 + random.nextInt(Math.max(1, expected.size())));
        size = Math.min(size, 500);
        List<String> seen = new ArrayList<>();
        int pages = 0;
        for (int offset = 0; ; offset += size) {
            List<QueueRow> page = queue.find(filter, offset, size);
            pages++;
            assertThat(page.size()).as("page at %d of %d: %s", offset, size, what).isLessThanOrEqualTo(size);
            page.forEach(row -> seen.add(row.reference()));
            if (page.size() < size) {
                break;
            }
        }
        assertThat(seen).as("%s (pages of %d)", what, size).containsExactlyElementsOf(expected);
        // One window that starts inside a page and ends inside another.
        if (expected.size() > 2) {
            int from = random.nextInt(expected.size() - 1);
            int limit = 1 + random.nextInt(expected.size() - from);
            assertThat(queue.find(filter, from, limit)).extracting(QueueRow::reference)
                    .as("window %d+%d: %s", from, limit, what)
                    .containsExactlyElementsOf(expected.subList(from, Math.min(expected.size(), from + Math.min(limit, 500))));
            pages++;
        }
        return pages;
    }

    record Setup(List<fr.cpro.establishment.EstablishmentSummary> schools, List<String> references, long supervisorId) {
    }

    /**
     * Four schools of this run and {@link #TICKETS} tickets among them, each taken through a random history by the
     * team (assigned, noted, answered, paused, resolved, closed); then the running deadlines are spread in SQL.
     */
    private Setup createTickets(Random random, String subjectWord, String bodyWord, Instant now, Instant soon) {
        String[] names = {"Lycée professionnel Émile Zola", "Lycée des métiers Jean Jaurès", "LP Marie Curie",
                "Lycée professionnel Gustave Eiffel"};
        List<CproPrincipal> admins = Arrays.stream(names).map(n -> schools.newSchool(n + " " + tag)).toList();
        List<fr.cpro.establishment.EstablishmentSummary> created = schools.asAgent(() -> admins.stream()
                .map(a -> establishments.findByUai(a.login()).orElseThrow()).toList());
        CproPrincipal agent = SupportTestUsers.signIn(users, SupportTestUsers.AGENT);
        long supervisor = team.agents().stream().filter(a -> a.email().equals("superviseur@cpro.demo")).findFirst()
                .orElseThrow().id();
        Long[] assignees = {null, agent.accountId(), supervisor};
        SupportCategory[] categories = SupportCategory.values();

        List<String> references = new ArrayList<>();
        for (int i = 0; i < TICKETS; i++) {
            CproPrincipal admin = admins.get(random.nextInt(admins.size()));
            String subject = "Demande " + i + (random.nextInt(10) < 3 ? " " + subjectWord : "");
            String body = "Bonjour, " + (random.nextInt(10) < 2 ? bodyWord + " " : "") + "merci.";
            SupportCategory category = categories[random.nextInt(categories.length)];
            String reference = schools.as(admin, () -> tickets.create(new NewTicket(category, subject, body), null)
                    .reference());
            references.add(reference);

            SupportTestUsers.signIn(users, SupportTestUsers.AGENT);
            if (random.nextInt(10) < 2) {
                team.reply(reference, "Note : " + (random.nextBoolean() ? bodyWord : "vérifier"), true, null, null);
            }
            Long assignee = assignees[random.nextInt(assignees.length)];
            if (assignee != null) {
                team.assign(reference, assignee, null);
            }
            switch (random.nextInt(8)) {
                case 0, 1 -> { } // as it is: Nouveau, or En cours once touched
                case 2 -> team.reply(reference, "Bonjour, pouvez-vous préciser ?", false, null, null);
                case 3 -> team.changeStatus(reference, TicketStatus.EN_ATTENTE, null);
                case 4 -> {
                    team.reply(reference, "Bonjour, c'est corrigé.", false, null, null);
                    // The school answers: its message waits again, with a word of its own.
                    schools.as(admin, () -> {
                        tickets.reply(reference, "Toujours " + (random.nextBoolean() ? bodyWord : "bloqué"), null);
                        return null;
                    });
                }
                case 5 -> team.changeStatus(reference, TicketStatus.RESOLU, null);
                case 6 -> team.changeStatus(reference, TicketStatus.FERME, null);
                default -> team.changeStatus(reference, TicketStatus.EN_COURS, null);
            }
        }

        // Running deadlines around now: anywhere from five days late to six days ahead, or on a boundary of the
        // SLA states (now, now + 8 business hours, a second either side), several tickets sharing each one.
        Instant[] boundaries = {now, now.minusSeconds(1), now.plusSeconds(1), soon, soon.minusSeconds(1), soon.plusSeconds(1)};
        List<Long> running = jdbc.queryForList("select t.id from ticket t join establishment e on e.id = t.establishment_id"
                + " where t.due_at is not null and e.name like ? order by t.id", Long.class, "%" + tag);
        for (long id : running) {
            Instant due = random.nextInt(10) < 3 ? boundaries[random.nextInt(boundaries.length)]
                    : now.plusSeconds(random.nextLong(-5 * 86_400, 6 * 86_400));
            var at = Timestamp.valueOf(LocalDateTime.ofInstant(due, ZoneOffset.UTC));
            jdbc.update("update ticket set due_at = ?, sla_sort = ? where id = ?", at, at, id);
        }
        return new Setup(created, references, supervisor);
    }

    /** Every ticket of the database with its school and its messages' words, read in plain SQL. */
    private List<Snap> snapshot() {
        Map<Long, List<List<String>>> messages = new HashMap<>();
        jdbc.query("select ticket_id, body from ticket_message", rs -> {
            messages.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(words(rs.getString(2)));
        });
        return jdbc.query("""
                select t.id, t.reference, t.status, t.category, t.establishment_id, e.name, e.uai, t.assignee_id,
                       t.due_at, t.sla_sort, t.subject
                from ticket t join establishment e on e.id = t.establishment_id""", (rs, n) -> new Snap(
                rs.getLong("id"), rs.getString("reference"), TicketStatus.valueOf(rs.getString("status")),
                SupportCategory.valueOf(rs.getString("category")), rs.getLong("establishment_id"), rs.getString("name"),
                rs.getString("uai"), rs.getObject("assignee_id", Long.class), utc(rs.getObject("due_at", LocalDateTime.class)),
                utc(rs.getObject("sla_sort", LocalDateTime.class)), words(rs.getString("subject")),
                messages.getOrDefault(rs.getLong("id"), List.of())));
    }

    /**
     * The search as the agent means it: every typed word (of three letters or more) begins a word of the ticket,
     * in its subject or in any of its messages, internal notes included; accents and case ignored.
     */
    private static boolean hasAll(Snap s, List<String> typed) {
        return typed.stream().map(TicketQueuePropertyTest::fold).allMatch(w ->
                s.subjectWords().stream().anyMatch(t -> t.startsWith(w))
                        || s.messageWords().stream().anyMatch(m -> m.stream().anyMatch(t -> t.startsWith(w))));
    }

    private static List<String> words(String text) {
        return Arrays.stream(SEPARATORS.split(fold(text))).filter(w -> !w.isEmpty()).toList();
    }

    private static String fold(String text) {
        return ACCENTS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static Instant utc(LocalDateTime value) {
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
