import fr.cpro.Application;
import fr.cpro.support.QueueFilter;
import fr.cpro.support.SupportCategory;
import fr.cpro.support.TicketQueue;
import fr.cpro.support.TicketStatus;
import org.springframework.aop.framework.Advised;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import javax.sql.DataSource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * The agents' queue on a million tickets (issue 8). Started by {@code bench/queue.sh}: starts the application's
 * Spring context on the bench database (its Flyway applies the real migrations), generates the data in bulk
 * (tab-separated files, LOAD DATA LOCAL INFILE) unless it is already there, then times the very calls the queue
 * view makes through the real {@link TicketQueue} bean, signed in as an agent, and writes each query's EXPLAIN.
 *
 * <p>Arguments: {@code <work dir> <results.md> [--regenerate]}; the database comes from {@code CPRO_DB_URL}.
 */
public class QueueBench {

    static final int SCHOOLS = 10_000;
    static final int AGENTS = 20;
    static final int TICKETS = 1_000_000;
    static final int MESSAGES = 3_000_000;
    static final int RUNS = 50;
    static final int WARM_UP = 5;
    /** In a handful of tickets. */
    static final String RARE_WORD = "zinzolin";
    static final int RARE_TICKETS = 7;
    /** In the first message of most tickets. */
    static final String COMMON_WORD = "bonjour";
    static final LocalDateTime NO_DEADLINE = LocalDateTime.of(9000, 1, 1, 0, 0);

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        Path results = Path.of(args[1]);
        boolean regenerate = Arrays.asList(args).contains("--regenerate");
        Files.createDirectories(work);

        var app = new SpringApplication(Application.class);
        // Vaadin's configuration needs a web context: a servlet server on a free port, which nothing calls.
        app.setDefaultProperties(Map.of("spring.main.banner-mode", "off", "logging.level.root", "WARN",
                "server.port", "0"));
        try (ConfigurableApplicationContext ctx = app.run()) {
            var jdbc = ctx.getBean(JdbcTemplate.class);
            long tickets = jdbc.queryForObject("select count(*) from ticket", Long.class);
            if (regenerate || tickets < TICKETS) {
                if (tickets > 0 && !regenerate) {
                    throw new IllegalStateException("the bench database holds " + tickets
                            + " tickets, not the bench's data: rerun with --regenerate");
                }
                long t0 = System.nanoTime();
                new Generator(work, new Random(20261202)).write();
                System.out.printf("generated files in %.0f s%n", (System.nanoTime() - t0) / 1e9);
                load(ctx.getBean(DataSource.class), work);
                System.out.printf("loaded in %.0f s%n", (System.nanoTime() - t0) / 1e9);
            } else {
                System.out.println("data already there (" + tickets + " tickets): not regenerated (--regenerate forces it)");
            }
            bench(ctx, results);
        }
    }

    // ---------------------------------------------------------------- loading

    static void load(DataSource ds, Path work) throws SQLException {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("set foreign_key_checks = 0");
            st.execute("set unique_checks = 0");
            for (String table : List.of("ticket_attachment", "ticket_deadline", "ticket_message", "ticket")) {
                st.execute("delete from " + table);
            }
            st.execute("delete from account where login like '%.bench' or role = 'ETABLISSEMENT'");
            st.execute("delete from establishment");
            // FULLTEXT indexes are built once after the load (by sort), not row by row: drop those the migrations
            // made, and add them back exactly as they were.
            List<String> fulltext = new ArrayList<>();
            for (String table : List.of("ticket", "ticket_message")) {
                var indexes = new LinkedHashMap<String, List<String>>();
                try (var rs = st.executeQuery("show index from " + table + " where Index_type = 'FULLTEXT'")) {
                    while (rs.next()) {
                        indexes.computeIfAbsent(rs.getString("Key_name"), k -> new ArrayList<>()).add(rs.getString("Column_name"));
                    }
                }
                for (var ix : indexes.entrySet()) {
                    st.execute("alter table " + table + " drop index " + ix.getKey());
                    // MariaDB 10.11 keeps the hidden FTS_DOC_ID column then, and a FULLTEXT index added back
                    // after rows were loaded that way finds none of them: rebuild the (empty) table without it.
                    st.execute("alter table " + table + " force");
                    fulltext.add("alter table " + table + " add fulltext index " + ix.getKey() + " ("
                            + String.join(", ", ix.getValue()) + ")");
                }
            }
            loadFile(st, work.resolve("establishment.tsv"), "establishment",
                    "id, uai, name, official_email, academie, created_at, version");
            loadFile(st, work.resolve("account.tsv"), "account",
                    "id, login, role, first_name, last_name, email, password_hash, enabled, establishment_id, created_at, updated_at, version");
            loadFile(st, work.resolve("ticket.tsv"), "ticket",
                    "id, reference, establishment_id, created_by, assignee_id, category, subject, status, diploma_label,"
                            + " created_at, last_activity_at, due_at, sla_paused_seconds, sla_sort, first_response_at,"
                            + " resolved_at, closed_at, version");
            loadFile(st, work.resolve("ticket_message.tsv"), "ticket_message",
                    "id, ticket_id, author_side, author_account_id, author_name, body, internal, created_at");
            st.execute("delete from ticket_sequence");
            st.execute("insert into ticket_sequence (seq_year, last_value) select cast(substr(reference, 6, 4) as int),"
                    + " max(cast(substr(reference, 11) as int)) from ticket group by 1");
            for (String ddl : fulltext) {
                long t0 = System.nanoTime();
                st.execute(ddl);
                System.out.printf("%s: %.0f s%n", ddl, (System.nanoTime() - t0) / 1e9);
            }
            st.execute("analyze table establishment, account, ticket, ticket_message");
        }
    }

    static void loadFile(Statement st, Path file, String table, String columns) throws SQLException {
        long t0 = System.nanoTime();
        int n = st.executeUpdate("load data local infile '" + file.toAbsolutePath() + "' into table " + table
                + " character set utf8mb4 fields terminated by '\\t' escaped by '\\\\' lines terminated by '\\n' ("
                + columns + ")");
        System.out.printf("load %s: %d rows in %.0f s%n", table, n, (System.nanoTime() - t0) / 1e9);
    }

    // ---------------------------------------------------------------- data

    /** Writes the four files; every choice comes from one seeded Random, so two runs make the same data. */
    static final class Generator {
        static final String[] COMMON = ("problème erreur connexion compte accès mot passe élève élèves classe classes"
                + " professeur professeurs enseignant livret scolaire évaluation évaluations compétence compétences"
                + " export exporter importer fichier fichiers abonnement licence licences facture devis paiement diplôme"
                + " baccalauréat session examen épreuve stage stages entreprise tuteur période formation module"
                + " modules grille grilles note notes bulletin trimestre semestre année rentrée établissement lycée"
                + " administrateur identifiant page écran bouton message affichage impression imprimer document pdf"
                + " tableau liste saisie valider validation enregistrer enregistrement modifier suppression supprimer"
                + " ajouter création créer activer désactiver renouvellement commande bon référence numéro date"
                + " demande réponse question aide merci urgent rapidement depuis hier matin semaine toujours encore"
                + " jamais plus moins aussi très bien mal pas pour avec sans dans sur sous entre après avant"
                + " nous vous ils elles notre votre leur leurs nos vos mon ton son cette ces tout tous toutes"
                + " peut pouvez pourriez voudrais souhaite souhaitons faut fait faire avons avez sont était"
                + " fonctionne marche bloque bloqué impossible lent lenteur message navigateur ordinateur tablette"
                + " collègue collègues direction proviseur secrétariat comptabilité académie rectorat inspection"
                + " atelier plateau technique maintenance usinage électrotechnique soudure chaudronnerie menuiserie"
                + " automobile logistique commerce vente accueil cuisine hôtellerie coiffure esthétique sécurité"
                + " parcours positionnement référentiel activités situation professionnelle tâches critères"
                + " indicateurs observation synthèse moyenne résultat résultats jury délibération attestation").split(" ");
        static final String[] SYLLABLES = ("ba be bi bo bu ca ce ci co cu da de di do du fa fe fi fo ga ge gi go la le li lo"
                + " lu ma me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu va ve vi"
                + " vo cha che chi cho tra tre tri tro pla ple pli plo bra bre bri gra gre gri on an en in ain eau oi ou"
                + " eu ier ais ent ette ille ique ion").split(" ");
        static final String[] FIRST = ("Camille Dominique Claude Sacha Alex Marie Jean Pierre Sophie Nathalie Isabelle"
                + " Philippe Laurent Céline Julien Nicolas Sandrine Valérie Thomas Émilie Hélène François Anne Luc").split(" ");
        static final String[] LAST = ("Martin Bernard Thomas Petit Robert Richard Durand Dubois Moreau Laurent Simon"
                + " Michel Lefèvre Leroy Roux David Bertrand Morel Fournier Girard Bonnet Dupont Lambert Fontaine").split(" ");
        static final String[] PLACES = ("Jean-Moulin Victor-Hugo Jules-Ferry Marie-Curie Louis-Pasteur Jean-Jaurès"
                + " Gustave-Eiffel Voltaire Condorcet Jacques-Prévert Léonard-de-Vinci Paul-Langevin Antoine-de-Saint-Exupéry"
                + " Émile-Zola Albert-Camus Simone-Veil Denis-Diderot Blaise-Pascal Édouard-Branly Henri-Matisse").split(" ");
        static final String[] TOWNS = ("Lyon Lille Nantes Rennes Bordeaux Toulouse Marseille Nice Strasbourg Dijon Besançon"
                + " Grenoble Rouen Caen Amiens Reims Metz Nancy Limoges Poitiers Orléans Tours Clermont Montpellier Ajaccio").split(" ");
        static final String[] ACADEMIES = ("Lyon Lille Nantes Rennes Bordeaux Toulouse Aix-Marseille Nice Strasbourg Dijon"
                + " Besançon Grenoble Normandie Amiens Reims Nancy-Metz Limoges Poitiers Orléans-Tours Clermont-Ferrand"
                + " Montpellier Corse Créteil Versailles Paris").split(" ");
        static final String[] DIPLOMAS = ("Bac pro MSPC|Bac pro MELEC|Bac pro Technicien d'usinage|Bac pro Maintenance des"
                + " véhicules|CAP Électricien|CAP Maintenance des véhicules|Bac pro Logistique|Bac pro Commerce|Bac pro"
                + " Cuisine|CAP Coiffure").split("\\|");
        static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

        final Path work;
        final Random r;
        final String[] rareVocabulary = new String[30_000];
        final LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
        final int firstSchoolAccount = AGENTS + 1;

        Generator(Path work, Random r) {
            this.work = work;
            this.r = r;
            for (int i = 0; i < rareVocabulary.length; i++) {
                var w = new StringBuilder();
                int n = 2 + r.nextInt(3);
                for (int s = 0; s < n; s++) {
                    w.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
                }
                rareVocabulary[i] = w.toString();
            }
        }

        void write() throws IOException {
            try (var w = writer("establishment.tsv")) {
                for (int s = 1; s <= SCHOOLS; s++) {
                    w.write(tsv(s, uai(s), "Lycée professionnel " + PLACES[r.nextInt(PLACES.length)] + " " + TOWNS[s % TOWNS.length]
                                    + " " + s, "ce." + uai(s).toLowerCase() + "@ac-bench.fr", ACADEMIES[s % ACADEMIES.length],
                            ts(now.minusYears(5)), 0));
                }
            }
            try (var w = writer("account.tsv")) {
                for (int a = 1; a <= AGENTS; a++) {
                    w.write(tsv(a, agentLogin(a), "AGENT", FIRST[a % FIRST.length], LAST[(a * 7) % LAST.length],
                            agentLogin(a), "!", 1, null, ts(now.minusYears(5)), ts(now.minusYears(5)), 0));
                }
                for (int s = 1; s <= SCHOOLS; s++) {
                    w.write(tsv(firstSchoolAccount + s - 1, uai(s), "ETABLISSEMENT", FIRST[r.nextInt(FIRST.length)],
                            LAST[r.nextInt(LAST.length)], "admin@" + uai(s).toLowerCase() + ".bench", "!", 1, s,
                            ts(now.minusYears(5)), ts(now.minusYears(5)), 0));
                }
            }
            int[] messages = messageCounts();
            var rareTickets = new java.util.HashSet<Integer>();
            while (rareTickets.size() < RARE_TICKETS) {
                rareTickets.add(1 + r.nextInt(TICKETS));
            }
            long span = Duration.ofDays(4 * 365).toSeconds();
            LocalDateTime start = now.minusSeconds(span);
            int year = -1;
            int seq = 0;
            long messageId = 0;
            try (var tw = writer("ticket.tsv"); var mw = writer("ticket_message.tsv")) {
                for (int t = 1; t <= TICKETS; t++) {
                    LocalDateTime created = start.plusSeconds(span * (t - 1) / TICKETS + r.nextInt(60));
                    if (created.getYear() != year) {
                        year = created.getYear();
                        seq = 0;
                    }
                    String reference = String.format("CPRO-%d-%06d", year, ++seq);
                    int school = 1 + (int) (SCHOOLS * Math.pow(r.nextDouble(), 1.5));
                    String status = status(t);
                    String category = r.nextInt(100) < 25 ? "COMPTE_UTILISATEUR" : r.nextInt(100) < 40 ? "ABONNEMENT" : "UTILISATION";
                    Integer assignee = assignee(status);
                    LocalDateTime lastActivity = min(now, created.plusMinutes(r.nextInt(14 * 24 * 60)));
                    LocalDateTime due = null;
                    Long paused = null;
                    if (status.equals("NOUVEAU") || status.equals("EN_COURS")) {
                        due = t > TICKETS - 150_000 ? now.plusMinutes(r.nextInt(172 * 60) - 72 * 60) : created.plusDays(4);
                    } else if (status.equals("EN_ATTENTE")) {
                        paused = (long) r.nextInt(72 * 3600);
                    }
                    LocalDateTime firstResponse = status.equals("NOUVEAU") ? null : min(now, created.plusMinutes(30 + r.nextInt(3 * 24 * 60)));
                    LocalDateTime resolved = status.equals("RESOLU") || status.equals("FERME") ? lastActivity : null;
                    LocalDateTime closed = status.equals("FERME") ? min(now, lastActivity.plusDays(15)) : null;
                    String subject = subject(rareTickets.contains(t) && t % 2 == 0);
                    String diploma = r.nextInt(100) < 20 ? null : DIPLOMAS[school % DIPLOMAS.length];
                    tw.write(tsv(t, reference, school, firstSchoolAccount + school - 1, assignee, category, subject, status,
                            diploma, ts(created), ts(lastActivity), ts(due), paused, ts(due == null ? NO_DEADLINE : due),
                            ts(firstResponse), ts(resolved), ts(closed), messages[t - 1]));
                    for (int m = 0; m < messages[t - 1]; m++) {
                        boolean school_ = m % 2 == 0;
                        boolean internal = !school_ && r.nextInt(100) < 12;
                        Integer agent = assignee != null ? assignee : 1 + r.nextInt(AGENTS);
                        String author = school_ ? "Administrateur " + uai(school) : FIRST[agent % FIRST.length] + " " + LAST[(agent * 7) % LAST.length];
                        mw.write(tsv(++messageId, t, school_ ? "SCHOOL" : "SUPPORT",
                                school_ ? firstSchoolAccount + school - 1 : agent, author,
                                body(m, internal, rareTickets.contains(t) && m == messages[t - 1] - 1), internal ? 1 : 0,
                                ts(min(now, created.plusMinutes(m * (60L + r.nextInt(2 * 24 * 60)))))));
                    }
                }
            }
        }

        /** Three messages a ticket on average, a new ticket has one; exactly MESSAGES in all. */
        int[] messageCounts() {
            int[] counts = new int[TICKETS];
            long total = 0;
            for (int t = 1; t <= TICKETS; t++) {
                counts[t - 1] = 1 + new int[] {1, 1, 2, 2, 2, 2, 3, 3}[r.nextInt(8)];
                total += counts[t - 1];
            }
            while (total != MESSAGES) {
                int t = r.nextInt(TICKETS);
                if (total < MESSAGES && counts[t] < 6) {
                    counts[t]++;
                    total++;
                } else if (total > MESSAGES && counts[t] > 2) {
                    counts[t]--;
                    total--;
                }
            }
            return counts;
        }

        /** The newest 150,000 tickets are a busy backlog; older ones are nearly all closed. */
        String status(int t) {
            int p = r.nextInt(1000);
            if (t > TICKETS - 150_000) {
                return p < 130 ? "NOUVEAU" : p < 460 ? "EN_COURS" : p < 660 ? "EN_ATTENTE" : p < 860 ? "RESOLU" : "FERME";
            }
            return p < 1 ? "NOUVEAU" : p < 3 ? "EN_COURS" : p < 4 ? "EN_ATTENTE" : p < 10 ? "RESOLU" : "FERME";
        }

        /** About twenty agents, some busier than others; most new tickets unassigned. */
        Integer assignee(String status) {
            int unassigned = switch (status) {
                case "NOUVEAU" -> 85;
                case "EN_COURS" -> 5;
                case "EN_ATTENTE" -> 3;
                default -> 10;
            };
            if (r.nextInt(100) < unassigned) {
                return null;
            }
            return 1 + (int) (AGENTS * Math.pow(r.nextDouble(), 1.4));
        }

        String subject(boolean rare) {
            var s = new StringBuilder(cap(COMMON[r.nextInt(COMMON.length)]));
            int n = 3 + r.nextInt(6);
            for (int i = 0; i < n; i++) {
                s.append(' ').append(word());
            }
            if (rare) {
                s.append(' ').append(RARE_WORD);
            }
            return s.length() > 150 ? s.substring(0, 150) : s.toString();
        }

        String body(int index, boolean internal, boolean rare) {
            var s = new StringBuilder();
            if (internal) {
                s.append("Note : ");
            } else if (index % 2 == 0) {
                s.append(r.nextInt(100) < (index == 0 ? 96 : 60) ? "Bonjour, " : "Madame, Monsieur, ");
            } else {
                s.append(r.nextInt(100) < 90 ? "Bonjour Madame, Monsieur, " : "Madame, Monsieur, ");
            }
            int n = 20 + r.nextInt(70);
            for (int i = 0; i < n; i++) {
                s.append(word());
                s.append(i % 11 == 10 ? ". " : i == n / 2 && rare ? " " + RARE_WORD + " " : " ");
            }
            s.append(internal ? "" : index % 2 == 0 ? "Merci d'avance." : "Cordialement, l'équipe CPRO.");
            return s.toString();
        }

        String word() {
            return r.nextInt(100) < 72 ? COMMON[(int) (COMMON.length * Math.pow(r.nextDouble(), 1.3))]
                    : rareVocabulary[(int) (rareVocabulary.length * Math.pow(r.nextDouble(), 2))];
        }

        static String cap(String w) {
            return Character.toUpperCase(w.charAt(0)) + w.substring(1);
        }

        static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
            return a.isBefore(b) ? a : b;
        }

        static String uai(int school) {
            String digits = String.format("%03d%04d", 1 + school % 95, school % 10_000);
            return digits + fr.cpro.security.Uai.checkLetter(digits);
        }

        static String agentLogin(int a) {
            return String.format("agent%02d@cpro.bench", a);
        }

        static String ts(LocalDateTime t) {
            return t == null ? null : TS.format(t);
        }

        BufferedWriter writer(String name) throws IOException {
            return Files.newBufferedWriter(work.resolve(name), StandardCharsets.UTF_8);
        }

        static String tsv(Object... values) {
            var s = new StringBuilder();
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    s.append('\t');
                }
                s.append(values[i] == null ? "\\N" : values[i].toString().replace("\\", "\\\\").replace("\t", " ").replace("\n", " "));
            }
            return s.append('\n').toString();
        }
    }

    // ---------------------------------------------------------------- timings

    record Case(String name, QueueFilter filter, int offset, Callable<Object> call) {
    }

    static void bench(ConfigurableApplicationContext ctx, Path results) throws Exception {
        var jdbc = ctx.getBean(JdbcTemplate.class);
        var named = ctx.getBean(NamedParameterJdbcTemplate.class);
        var queue = ctx.getBean(TicketQueue.class);
        Object target = ((Advised) queue).getTargetSource().getTarget();
        UserDetails agent = ctx.getBean(UserDetailsService.class).loadUserByUsername(Generator.agentLogin(1));
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(agent, null, agent.getAuthorities()));
        long agentId = jdbc.queryForObject("select id from account where login = ?", Long.class, Generator.agentLogin(1));
        // The busiest school: the worst case of the school filter.
        String busiest = jdbc.queryForObject("select e.uai from establishment e where e.id = (select establishment_id"
                + " from ticket where establishment_id <= 3 group by establishment_id order by count(*) desc limit 1)", String.class);
        var all = EnumSet.allOf(TicketStatus.class);
        var cases = new ArrayList<Case>();
        cases.add(pageCase(queue, "first_page", QueueFilter.OPEN, 0));
        cases.add(pageCase(queue, "status_category", new QueueFilter(Set.of(TicketStatus.EN_COURS), SupportCategory.ABONNEMENT,
                null, null, null, null, null), 0));
        cases.add(pageCase(queue, "one_school", new QueueFilter(all, null, busiest, null, null, null, null), 0));
        cases.add(pageCase(queue, "assignee", new QueueFilter(Set.of(), null, null, QueueFilter.Assignee.AGENT, agentId, null, null), 0));
        cases.add(pageCase(queue, "fulltext_rare", new QueueFilter(all, null, null, null, null, null, RARE_WORD), 0));
        cases.add(pageCase(queue, "fulltext_common", new QueueFilter(all, null, null, null, null, null, COMMON_WORD), 0));
        cases.add(pageCase(queue, "offset_10000", QueueFilter.OPEN, 10_000));
        cases.add(new Case("counts_per_status", null, 0, queue::countsByStatus));
        // What each refresh of the view also asks: the ready-made views' counts.
        cases.add(new Case("view_counts", null, 0, () -> List.of(queue.count(QueueFilter.mine()),
                queue.count(QueueFilter.unassigned()), queue.count(QueueFilter.overdue()), queue.count(QueueFilter.everything()))));

        String version = jdbc.queryForObject("select version()", String.class);
        var md = new StringBuilder();
        md.append("Run of ").append(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MINUTES)).append(" — MariaDB ")
                .append(version).append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(jdbc.queryForObject("select count(*) from ticket", Long.class)).append(" tickets, ")
                .append(jdbc.queryForObject("select count(*) from ticket_message", Long.class)).append(" messages, ")
                .append(jdbc.queryForObject("select count(*) from establishment", Long.class)).append(" schools; ")
                .append("innodb_buffer_pool_size ")
                .append(jdbc.queryForObject("select @@innodb_buffer_pool_size", Long.class) / (1024 * 1024)).append(" MiB.\n\n");
        md.append("| query | p50 ms | p95 ms | runs | rows returned |\n|---|---|---|---|---|\n");
        var lines = new ArrayList<String>();
        var plans = new StringBuilder();
        var only = System.getenv("BENCH_ONLY");  // e.g. BENCH_ONLY=fulltext_rare,fulltext_common
        for (Case c : cases) {
            if (only != null && !only.isBlank() && !Arrays.asList(only.split(",")).contains(c.name())) {
                continue;
            }
            // 5 warm-up runs and 50 timed ones, unless a query is so slow that it would take more than the
            // time budget (BENCH_BUDGET_S, 120 s): then fewer runs, said on a line of its own and in the table.
            long budget = Long.parseLong(System.getenv().getOrDefault("BENCH_BUDGET_S", "120")) * 1_000_000_000L;
            Object last = null;
            long warmStart = System.nanoTime();
            for (int i = 0; i < WARM_UP && (i == 0 || System.nanoTime() - warmStart < budget / 10); i++) {
                last = c.call().call();
            }
            long[] timed = new long[RUNS];
            int runs = 0;
            long start = System.nanoTime();
            while (runs < RUNS && (runs < 5 || System.nanoTime() - start < budget)) {
                long t0 = System.nanoTime();
                last = c.call().call();
                timed[runs++] = System.nanoTime() - t0;
            }
            long[] nanos = Arrays.copyOf(timed, runs);
            Arrays.sort(nanos);
            double p50 = nanos[(int) Math.ceil(runs * 0.50) - 1] / 1e6;
            double p95 = nanos[(int) Math.ceil(runs * 0.95) - 1] / 1e6;
            if (runs < RUNS) {
                System.out.println("note: " + c.name() + " timed " + runs + " runs, not " + RUNS + " (over the "
                        + budget / 1_000_000_000L + " s budget)");
            }
            String line = String.format(java.util.Locale.ROOT, "query=%s p50_ms=%.1f p95_ms=%.1f", c.name(), p50, p95);
            System.out.println(line);
            lines.add(line);
            String rows = last instanceof List<?> l ? String.valueOf(l.size()) : String.valueOf(last);
            md.append(String.format(java.util.Locale.ROOT, "| %s | %.1f | %.1f | %d | %s |%n", c.name(), p50, p95, runs, rows));
            plans.append(explain(c, target, named));
        }
        md.append("\n```\n").append(String.join("\n", lines)).append("\n```\n\n").append(plans);
        Files.writeString(results, md.toString());
    }

    static Case pageCase(TicketQueue queue, String name, QueueFilter filter, int offset) {
        return new Case(name, filter, offset, () -> queue.find(filter, offset, 50));
    }

    /** The EXPLAIN of the SQL the call issues (read from the service itself), and whether it scans a whole table. */
    static String explain(Case c, Object target, NamedParameterJdbcTemplate named) throws Exception {
        var out = new StringBuilder("#### ").append(c.name()).append("\n\n");
        var statements = new LinkedHashMap<String, MapSqlParameterSource>();
        if (c.filter() != null) {
            for (Method m : target.getClass().getDeclaredMethods()) {
                // Any SQL the page's call issues before the page (e.g. a probe), then the page itself.
                if (m.getName().equals("probeSql") && m.getParameterCount() == 2) {
                    m.setAccessible(true);
                    var p = new MapSqlParameterSource();
                    Object sql = m.invoke(target, c.filter(), p);
                    if (sql != null) {
                        statements.put((String) sql, p);
                    }
                }
            }
            Method page = target.getClass().getDeclaredMethod("pageSql", QueueFilter.class, int.class, int.class, MapSqlParameterSource.class);
            page.setAccessible(true);
            var p = new MapSqlParameterSource();
            statements.put((String) page.invoke(target, c.filter(), c.offset(), 50, p), p);
        } else if (c.name().equals("counts_per_status")) {
            String sql = "select status, count(*) n from ticket group by status";
            try {
                Method m = target.getClass().getDeclaredMethod("countsSql");
                m.setAccessible(true);
                sql = (String) m.invoke(target);
            } catch (NoSuchMethodException before) {
                // the queue before the counts were maintained
            }
            statements.put(sql, new MapSqlParameterSource());
        } else {
            Method count = target.getClass().getDeclaredMethod("countSql", QueueFilter.class, MapSqlParameterSource.class);
            count.setAccessible(true);
            for (var f : List.of(QueueFilter.mine(), QueueFilter.unassigned(), QueueFilter.overdue(), QueueFilter.everything())) {
                var p = new MapSqlParameterSource();
                Object sql = count.invoke(target, f, p);
                if (sql != null) {
                    statements.put((String) sql, p);
                }
            }
        }
        for (var s : statements.entrySet()) {
            out.append("```sql\n").append(s.getKey().strip()).append("\n```\n\n");
            out.append("| id | select_type | table | type | key | rows | Extra |\n|---|---|---|---|---|---|---|\n");
            boolean fullScan = false;
            for (var row : named.queryForList("explain " + s.getKey(), s.getValue())) {
                out.append(String.format("| %s | %s | %s | %s | %s | %s | %s |%n", row.get("id"), row.get("select_type"),
                        row.get("table"), row.get("type"), row.get("key"), row.get("rows"), row.get("Extra")));
                fullScan |= "ALL".equals(row.get("type")) && List.of("t", "s", "m", "ticket", "ticket_message")
                        .contains(String.valueOf(row.get("table")));
            }
            if (fullScan) {
                System.out.println("FULL SCAN in " + c.name() + ": " + s.getKey().strip());
                out.append("\n**Full scan of a whole table.**\n");
            }
            out.append('\n');
        }
        return out.toString();
    }
}
