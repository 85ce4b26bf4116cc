package fr.cpro.helpdesk.directory;

import fr.cpro.CproTest;
import fr.cpro.TestAccounts;
import fr.cpro.helpdesk.directory.DirectoryCsv.School;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The directory import on real MariaDB, as the demo supervisor runs it. */
@CproTest
class DirectoryImportServiceTest {

    static final String SUPERVISOR = "superviseur@cpro.demo";
    static final String AGENT = "agent@cpro.demo";
    static final String SCHOOL = "0759999L";
    static final String FIXTURE = "/directory/annuaire-defauts.csv";

    @Autowired DirectoryImportService service;
    @Autowired TestAccounts accounts;
    @Autowired JdbcTemplate jdbc;

    private <T> T asSupervisor(Supplier<T> action) {
        return accounts.as(SUPERVISOR, action);
    }

    private PreviewSummary preview(byte[] file) {
        return asSupervisor(() -> service.preview(new ByteArrayInputStream(file), "annuaire.csv"));
    }

    private PreviewSummary previewFixture() {
        return asSupervisor(() -> {
            try (InputStream in = getClass().getResourceAsStream(FIXTURE)) {
                return service.preview(in, "annuaire-defauts.csv");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private List<PreviewLine> lines(long id, Outcome outcome) {
        return asSupervisor(() -> service.lines(id, DirectoryFilter.ALL, outcome, 0, 1000));
    }

    private ImportResult confirm(long id, DirectoryFilter filter) {
        return asSupervisor(() -> service.confirm(id, filter));
    }

    private int mails() {
        return jdbc.queryForObject("select count(*) from mail_outbox", Integer.class);
    }

    /** Every school and account as stored, to compare before and after. */
    private List<Map<String, Object>> schoolsAndAccounts() {
        return jdbc.queryForList("select e.uai, e.name, e.official_email, e.academie, e.town, e.version,"
                + " a.login, a.email, a.password_hash, a.version as account_version from establishment e"
                + " left join account a on a.establishment_id = e.id order by e.uai");
    }

    @Test
    void theFixtureRefusesEachDefectiveLineSayingWhyAndKeepsTheOthers() {
        var summary = previewFixture();
        assertThat(summary.lines()).as("33 lines, the blank one skipped").isEqualTo(33);
        assertThat(summary.count(Outcome.REFUSED)).isEqualTo(13);
        assertThat(summary.count(Outcome.NEW) + summary.count(Outcome.UPDATE) + summary.count(Outcome.SAME))
                .isEqualTo(20);
        Map<Integer, Refusal> refusals = lines(summary.id(), Outcome.REFUSED).stream()
                .collect(Collectors.toMap(PreviewLine::line, PreviewLine::refusal));
        assertThat(refusals).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry(20, Refusal.UAI_CHECK_LETTER), Map.entry(21, Refusal.UAI_FORMAT),
                Map.entry(22, Refusal.UAI_MISSING), Map.entry(23, Refusal.NAME_MISSING),
                Map.entry(24, Refusal.MAIL_MISSING), Map.entry(25, Refusal.MAIL_INVALID),
                Map.entry(26, Refusal.ACADEMIE_MISSING), Map.entry(27, Refusal.NAME_TOO_LONG),
                Map.entry(28, Refusal.TOWN_TOO_LONG), Map.entry(29, Refusal.DUPLICATE),
                Map.entry(30, Refusal.DUPLICATE), Map.entry(31, Refusal.ACADEMIE_TOO_LONG),
                Map.entry(33, Refusal.MAIL_MISSING)));
        var duplicate = lines(summary.id(), Outcome.REFUSED).stream().filter(l -> l.line() == 29).findFirst()
                .orElseThrow();
        assertThat(duplicate.refusalDetail()).isEqualTo("29, 30");

        var kept = lines(summary.id(), null).stream().filter(l -> l.outcome() != Outcome.REFUSED).toList();
        assertThat(kept).extracting(PreviewLine::line).containsExactlyElementsOf(
                java.util.stream.IntStream.concat(java.util.stream.IntStream.rangeClosed(2, 19),
                        java.util.stream.IntStream.of(32, 35)).boxed().toList());
        var quoted = kept.stream().filter(l -> l.line() == 19).findFirst().orElseThrow();
        assertThat(quoted.name()).as("quotes, semicolon and doubled quotes read as written")
                .isEqualTo("Lycée des métiers \"Gustave Eiffel\"; site de Melun");
        var typed = kept.stream().filter(l -> l.line() == 32).findFirst().orElseThrow();
        assertThat(typed.uai()).as("spaces and lower case normalised").matches("0771028[A-Z]");
        assertThat(summary.types()).containsEntry("Lycée", 28).containsEntry("Collège", 4).containsEntry("Ecole", 1);
    }

    @Test
    void theFixtureImportedTwiceChangesNothingTheSecondTime() {
        int mailsBefore = mails();
        var first = previewFixture();
        var result = confirm(first.id(), DirectoryFilter.ALL);
        assertThat(result.created() + result.updated() + result.unchanged()).isEqualTo(20);
        assertThat(result.refused()).isEqualTo(13);
        var imported = jdbc.queryForList("select a.password_hash, a.enabled, a.email, e.official_email from account a"
                + " join establishment e on e.id = a.establishment_id where e.uai like '0771%'");
        assertThat(imported).hasSize(20).allSatisfy(row -> {
            assertThat(row.get("password_hash")).as("awaiting activation").isNull();
            assertThat(row.get("enabled")).isEqualTo(true);
            assertThat(row.get("email")).isEqualTo(row.get("official_email"));
        });
        var stored = schoolsAndAccounts();

        var again = previewFixture();
        assertThat(again.count(Outcome.NEW)).isZero();
        assertThat(again.count(Outcome.UPDATE)).isZero();
        assertThat(again.count(Outcome.SAME)).isEqualTo(20);
        var second = confirm(again.id(), DirectoryFilter.ALL);
        assertThat(second).isEqualTo(new ImportResult(0, 0, 20, 13));
        assertThat(schoolsAndAccounts()).as("not even a version changed").isEqualTo(stored);
        assertThat(mails()).as("an import sends no mail").isEqualTo(mailsBefore);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where event_type = 'DIRECTORY_IMPORT'"
                + " and detail like 'annuaire-defauts.csv : 0 créé(s), 0 mis à jour, 20 inchangé(s), 13 refusé(s)%'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void aChangedLineUpdatesItsFieldsAndASchoolMissingFromTheFileIsKept() {
        List<School> schools = DirectoryCsv.lycees(3);
        confirm(preview(DirectoryCsv.bytes(schools)).id(), DirectoryFilter.ALL);

        var renamed = schools.get(0).withName("Lycée des métiers Louise Michel");
        var moved = schools.get(1).withMail("contact." + schools.get(1).uai().toLowerCase() + "@ac-creteil.fr")
                .withTown("Dammarie-lès-Lys");
        var summary = preview(DirectoryCsv.bytes(List.of(renamed, moved)));
        assertThat(summary.count(Outcome.UPDATE)).isEqualTo(2);
        var updates = lines(summary.id(), Outcome.UPDATE);
        assertThat(updates).extracting(PreviewLine::changes).containsExactly(List.of("name"), List.of("email", "town"));

        assertThat(confirm(summary.id(), DirectoryFilter.ALL)).isEqualTo(new ImportResult(0, 2, 0, 0));
        assertThat(jdbc.queryForObject("select name from establishment where uai = ?", String.class,
                renamed.uai())).isEqualTo("Lycée des métiers Louise Michel");
        assertThat(jdbc.queryForMap("select e.official_email, e.town, a.email from establishment e join account a"
                + " on a.establishment_id = e.id where e.uai = ?", moved.uai()))
                .containsEntry("official_email", moved.mail()).containsEntry("town", "Dammarie-lès-Lys")
                .as("the link awaiting activation goes to the new mailbox").containsEntry("email", moved.mail());
        assertThat(jdbc.queryForObject("select count(*) from establishment where uai = ?", Integer.class,
                schools.get(2).uai())).as("never deleted").isEqualTo(1);
    }

    @Test
    void anAccentCorrectedByTheDirectoryIsAChange() {
        var school = DirectoryCsv.School.lycee(DirectoryCsv.freshUai()).withName("Lycee Andre Malraux");
        confirm(preview(DirectoryCsv.bytes(List.of(school))).id(), DirectoryFilter.ALL);
        var summary = preview(DirectoryCsv.bytes(List.of(school.withName("Lycée André Malraux"))));
        assertThat(lines(summary.id(), null)).singleElement()
                .satisfies(l -> assertThat(l.outcome()).isEqualTo(Outcome.UPDATE))
                .satisfies(l -> assertThat(l.changes()).containsExactly("name"));
    }

    @Test
    void theFilterChoosesWhatIsImported() {
        var vocational = DirectoryCsv.lycees(2);
        var general = new School(DirectoryCsv.freshUai(), "Lycée général", "Lycée", "Melun", "Créteil",
                "ce.general@ac-creteil.fr", false);
        var college = new School(DirectoryCsv.freshUai(), "Collège Jean Moulin", "Collège", "Melun", "Créteil",
                "ce.college@ac-creteil.fr", false);
        var all = new ArrayList<>(vocational);
        all.add(general);
        all.add(college);
        var summary = preview(DirectoryCsv.bytes(all));
        var lyceesPro = new DirectoryFilter(Set.of("Lycée"), true);
        var filtered = asSupervisor(() -> service.summary(summary.id(), lyceesPro));
        assertThat(filtered.inScope()).isEqualTo(2);
        assertThat(filtered.count(Outcome.NEW)).isEqualTo(2);
        assertThat(asSupervisor(() -> service.summary(summary.id(), new DirectoryFilter(Set.of("Lycée"), false)))
                .count(Outcome.NEW)).isEqualTo(3);

        assertThat(confirm(summary.id(), lyceesPro)).isEqualTo(new ImportResult(2, 0, 0, 0));
        assertThat(jdbc.queryForObject("select count(*) from establishment where uai in (?, ?, ?, ?)", Integer.class,
                vocational.get(0).uai(), vocational.get(1).uai(), general.uai(), college.uai())).isEqualTo(2);
        assertThat(asSupervisor(() -> service.summary(summary.id(), DirectoryFilter.ALL)).inScope())
                .as("once applied, the counts are those of the filter applied").isEqualTo(2);
        assertThatThrownBy(() -> confirm(summary.id(), DirectoryFilter.ALL))
                .isInstanceOf(DirectoryImportException.class)
                .extracting(e -> ((DirectoryImportException) e).messageKey()).isEqualTo("helpdesk.import.error.applied");
    }

    @Test
    void aFileLackingANeededColumnIsRefusedNamingIt() {
        List<String> withoutMail = DirectoryCsv.COLUMNS.stream().filter(c -> !c.equals("Mail")).toList();
        byte[] file = DirectoryCsv.csv(withoutMail, DirectoryCsv.lycees(1)).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> preview(file)).isInstanceOfSatisfying(DirectoryImportException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("helpdesk.import.error.missing-column");
            assertThat(e.params()).containsExactly("Mail");
        });
        List<String> withoutTwo = DirectoryCsv.COLUMNS.stream()
                .filter(c -> !c.equals("Nom_commune") && !c.equals("Voie_professionnelle")).toList();
        byte[] other = DirectoryCsv.csv(withoutTwo, DirectoryCsv.lycees(1)).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> preview(other)).isInstanceOfSatisfying(DirectoryImportException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("helpdesk.import.error.missing-columns");
            assertThat(e.params()).containsExactly("Nom_commune, Voie_professionnelle");
        });
        assertThat(jdbc.queryForObject("select count(*) from directory_import where row_count = 0 and file_name = 'annuaire.csv'"
                + " and id not in (select import_id from directory_import_row)", Integer.class))
                .as("a refused file leaves no preview").isZero();
    }

    @Test
    void columnsAreFoundByNameInAnyOrderAndExtraOnesIgnored() {
        List<String> shuffled = new ArrayList<>(List.of("Colonne_inconnue", "Mail", "Libelle_academie", "Nom_commune",
                "Voie_professionnelle", "Type_etablissement", "Nom_etablissement", "Identifiant_de_l_etablissement",
                "Autre_colonne"));
        var school = School.lycee(DirectoryCsv.freshUai());
        var summary = preview(DirectoryCsv.csv(shuffled, List.of(school)).getBytes(StandardCharsets.UTF_8));
        assertThat(lines(summary.id(), null)).singleElement().satisfies(l -> {
            assertThat(l.outcome()).isEqualTo(Outcome.NEW);
            assertThat(l.uai()).isEqualTo(school.uai());
            assertThat(l.name()).isEqualTo(school.name());
            assertThat(l.email()).isEqualTo(school.mail());
            assertThat(l.town()).isEqualTo("Melun");
            assertThat(l.academie()).isEqualTo("Créteil");
            assertThat(l.vocational()).isTrue();
        });
    }

    @Test
    void aFileThatIsNotUtf8OrNotWellFormedIsRefused() {
        String text = DirectoryCsv.csv(DirectoryCsv.lycees(2)).replace("Melun", "Montréal").substring(1);
        assertThatThrownBy(() -> preview(text.getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOfSatisfying(DirectoryImportException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("helpdesk.import.error.encoding"));
        String unclosed = DirectoryCsv.csv(DirectoryCsv.lycees(1)) + "0771999A;\"Lycée sans fin;Lycée\r\n";
        assertThatThrownBy(() -> preview(unclosed.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(DirectoryImportException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("helpdesk.import.error.malformed"));
        assertThatThrownBy(() -> preview(new byte[0])).isInstanceOfSatisfying(DirectoryImportException.class,
                e -> assertThat(e.messageKey()).isEqualTo("helpdesk.import.error.empty"));
    }

    @Test
    void theActivationLinkGoesOnlyToTheSchoolsSelected() {
        var schools = DirectoryCsv.lycees(3);
        var summary = preview(DirectoryCsv.bytes(schools));
        int mailsBefore = mails();
        confirm(summary.id(), DirectoryFilter.ALL);
        assertThat(asSupervisor(() -> service.countPendingSchools(summary.id()))).isEqualTo(3);
        assertThat(asSupervisor(() -> service.pendingSchools(summary.id(), 0, 10)))
                .extracting(PendingSchool::lastLinkSentAt).containsOnlyNulls();

        int sent = asSupervisor(() -> service.sendActivation(summary.id(),
                List.of(schools.get(0).uai(), schools.get(2).uai(), "0759999L")));
        assertThat(sent).as("the demo school is not of this import").isEqualTo(2);
        assertThat(mails()).isEqualTo(mailsBefore + 2);
        assertThat(jdbc.queryForList("select recipient from mail_outbox order by id desc limit 2", String.class))
                .containsExactlyInAnyOrder(schools.get(0).mail(), schools.get(2).mail());
        var pending = asSupervisor(() -> service.pendingSchools(summary.id(), 0, 10));
        assertThat(pending).extracting(PendingSchool::uai).containsExactly(schools.get(0).uai(), schools.get(1).uai(),
                schools.get(2).uai());
        assertThat(pending.get(0).lastLinkSentAt()).isNotNull();
        assertThat(pending.get(1).lastLinkSentAt()).isNull();
    }

    @Test
    void aPreviewIsItsAgentsOnlyAndSchoolsCannotImport() {
        var summary = preview(DirectoryCsv.bytes(DirectoryCsv.lycees(1)));
        assertThatThrownBy(() -> accounts.as(AGENT, () -> service.confirm(summary.id(), DirectoryFilter.ALL)))
                .isInstanceOfSatisfying(DirectoryImportException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("helpdesk.import.error.not-found"));
        assertThatThrownBy(() -> accounts.as(SCHOOL, () -> service.preview(
                new ByteArrayInputStream(DirectoryCsv.bytes(DirectoryCsv.lycees(1))), "annuaire.csv")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.as(SCHOOL, () -> service.summary(summary.id(), DirectoryFilter.ALL)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aTenMegabyteFileDoesNotGrowTheHeapByMoreThan64MiB() throws IOException {
        Path file = Files.createTempFile("annuaire-10mo-", ".csv");
        try {
            int rows = 0;
            long size = 0;
            while (size < 10L * 1024 * 1024) {
                rows += 2_000;
                size = DirectoryCsv.write(file, rows);
            }
            long before = usedHeapAfterGc();
            int lines = rows;
            var result = asSupervisor(() -> {
                try (InputStream in = Files.newInputStream(file)) {
                    var summary = service.preview(in, "annuaire-10mo.csv");
                    assertThat(summary.lines()).isEqualTo(lines);
                    return service.confirm(summary.id(), DirectoryFilter.ALL);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            long after = usedHeapAfterGc();
            assertThat(result.created()).isEqualTo(rows);
            assertThat(after - before).as("heap growth in bytes for %d lines, %d bytes", rows, size)
                    .isLessThan(64L * 1024 * 1024);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long usedHeapAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
