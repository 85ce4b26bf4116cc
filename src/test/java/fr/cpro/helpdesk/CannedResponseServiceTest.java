package fr.cpro.helpdesk;

import fr.cpro.CproTest;
import fr.cpro.TestAccounts;
import fr.cpro.support.SupportException;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Canned responses on real MariaDB, as the demo agent and supervisor use them. */
@CproTest
class CannedResponseServiceTest {

    static final String AGENT = "agent@cpro.demo";
    static final String SUPERVISOR = "superviseur@cpro.demo";
    static final String SCHOOL = "0759999L";
    private static final PageRequest FIRST_PAGE = PageRequest.of(0, 50);

    @Autowired CannedResponseService service;
    @Autowired TestAccounts accounts;
    @Autowired JdbcTemplate jdbc;

    /** A word no other run has written: the test database outlives a run. */
    static String uniqueWord() {
        return "Zéphyr" + Long.toString(System.nanoTime(), 36);
    }

    @Test
    void theMigrationSeedsTenFrenchAnswersWithPlaceholders() {
        List<Map<String, Object>> seeded = jdbc.queryForList(
                "select title, body from canned_response where created_by is null and created_by_name is null");
        assertThat(seeded).hasSize(10);
        assertThat(seeded).extracting(row -> (String) row.get("title")).contains("Accusé de réception",
                "Mot de passe oublié", "Fichier trop volumineux", "Transfert à l'équipe technique");
        assertThat(seeded).allSatisfy(row -> assertThat(CannedValues.PLACEHOLDERS)
                .anyMatch(((String) row.get("body"))::contains));
        String password = accounts.as(AGENT, () -> service.search("mot de passe oublie", FIRST_PAGE)).stream()
                .filter(r -> r.title().equals("Mot de passe oublié")).findFirst().orElseThrow().body();
        assertThat(password).contains("« Mot de passe oublié ? »", "boîte officielle de l'établissement");
    }

    @Test
    void anAgentCreatesReadsEditsAndDeletesAResponse() {
        String word = uniqueWord();
        var created = accounts.as(AGENT, () -> service.create(
                new CannedResponseDraft("  Relance " + word + "  ", "Bonjour {administrateur},\n\nAvez-vous pu essayer ?\n")));
        assertThat(created.title()).as("trimmed").isEqualTo("Relance " + word);
        assertThat(created.body()).isEqualTo("Bonjour {administrateur},\n\nAvez-vous pu essayer ?");
        assertThat(created.updatedBy()).isEqualTo("Alex DURAND");

        accounts.as(AGENT, () -> {
            assertThat(service.get(created.id())).isEqualTo(created);
            assertThat(service.search(word, FIRST_PAGE)).containsExactly(created);
            assertThat(service.count(word)).isEqualTo(1);
        });

        var edited = accounts.as(SUPERVISOR, () -> service.update(created.id(), created.version(),
                new CannedResponseDraft("Relance " + word + " (2)", "Bonjour,\nune relance.")));
        assertThat(edited.version()).isGreaterThan(created.version());
        assertThat(edited.updatedBy()).isEqualTo("Sacha BERNARD");
        assertThat(accounts.as(AGENT, () -> service.get(created.id())).body()).isEqualTo("Bonjour,\nune relance.");
        assertThat(jdbc.queryForObject("select created_by_name from canned_response where id = ?", String.class,
                created.id())).as("the author stays").isEqualTo("Alex DURAND");

        accounts.as(AGENT, () -> {
            service.delete(created.id());
            assertThat(service.count(word)).isZero();
            assertThatThrownBy(() -> service.get(created.id())).isInstanceOf(SupportException.class)
                    .extracting(e -> ((SupportException) e).messageKey()).isEqualTo("helpdesk.canned.error.gone");
            // Deleted twice (two agents on the same list): the second one finds it gone, and that is fine.
            service.delete(created.id());
        });
    }

    @Test
    void fillReplacesEveryPlaceholderAndLeavesTheRestAsWritten() {
        var values = new CannedValues("Lycée Jean-Moulin", "Camille MARTIN", "CPRO-2026-000123", "jeudi 3 décembre 2026");
        String body = "{administrateur} de {etablissement} : demande {reference}, réponse le {echeance}. {reference}";
        accounts.as(AGENT, () -> {
            assertThat(service.fill(body, values)).isEqualTo("Camille MARTIN de Lycée Jean-Moulin : demande "
                    + "CPRO-2026-000123, réponse le jeudi 3 décembre 2026. CPRO-2026-000123");
            assertThat(service.fill("{inconnu} {Reference} {reference} { echeance} {{reference}} {", values))
                    .isEqualTo("{inconnu} {Reference} CPRO-2026-000123 { echeance} {CPRO-2026-000123} {");
            assertThat(service.fill("Bonjour {administrateur}, {reference}",
                    new CannedValues(null, null, "CPRO-2026-000001", null)))
                    .as("a missing value leaves its placeholder").isEqualTo("Bonjour {administrateur}, CPRO-2026-000001");
            // Values are text, never patterns, and never filled again.
            assertThat(service.fill("{etablissement}/{reference}", new CannedValues("Lycée $1 \\ {reference}", null,
                    "R", null))).isEqualTo("Lycée $1 \\ {reference}/R");
            assertThat(service.fill("{reference}", CannedValues.NONE)).isEqualTo("{reference}");
        });
    }

    @Test
    void searchIgnoresAccentsAndCaseTakesWildcardsLiterallyAndOrdersByTitle() {
        String word = uniqueWord();
        accounts.as(AGENT, () -> {
            var second = service.create(new CannedResponseDraft("Échéance dépassée " + word, "Nous revenons vers vous."));
            var first = service.create(new CannedResponseDraft("Demande " + word, "Le délai de 100% est écoulé."));
            String plain = word.replace("é", "e").toUpperCase();
            assertThat(service.search(plain, FIRST_PAGE)).as("by title order").containsExactly(first, second);
            assertThat(service.search("echeance " + plain, FIRST_PAGE)).containsExactly(second);
            assertThat(service.search("DELAI " + plain, FIRST_PAGE)).as("in the text").containsExactly(first);
            assertThat(service.search("100% " + word, FIRST_PAGE)).containsExactly(first);
            assertThat(service.search("1_0 " + word, FIRST_PAGE)).as("_ is no wildcard").isEmpty();
            assertThat(service.count(plain)).isEqualTo(2);
            assertThat(service.search(word, PageRequest.of(1, 1))).as("paged").containsExactly(second);
            assertThat(service.count("")).as("blank lists all").isGreaterThanOrEqualTo(12);
            service.delete(first.id());
            service.delete(second.id());
        });
    }

    @Test
    void aStaleEditIsRefusedWithWhoChangedItAndLeavesTheirText() {
        String word = uniqueWord();
        var loaded = accounts.as(AGENT, () -> service.create(new CannedResponseDraft("Stale " + word, "Version 1")));
        accounts.as(SUPERVISOR, () -> service.update(loaded.id(), loaded.version(),
                new CannedResponseDraft("Stale " + word, "Version du superviseur")));

        var refusal = assertThrows(SupportException.class, () -> accounts.as(AGENT, () -> service.update(loaded.id(),
                loaded.version(), new CannedResponseDraft("Stale " + word, "Version de l'agent"))));
        assertThat(refusal.messageKey()).isEqualTo("helpdesk.canned.error.stale");
        assertThat(refusal.params()[0]).isEqualTo("Sacha BERNARD");
        assertThat((String) refusal.params()[1]).matches(".*\\d{4} à \\d{1,2} h \\d{2}");
        assertThat(accounts.as(AGENT, () -> service.get(loaded.id())).body()).isEqualTo("Version du superviseur");
        accounts.as(AGENT, () -> service.delete(loaded.id()));
    }

    @Test
    void theServiceValidatesTheDraftAgain() {
        accounts.as(AGENT, () -> {
            assertThatThrownBy(() -> service.create(new CannedResponseDraft(" ", "Texte")))
                    .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("helpdesk.canned.error.title.required");
            assertThatThrownBy(() -> service.create(new CannedResponseDraft("T".repeat(CannedResponseDraft.TITLE_MAX + 1),
                    "Texte"))).isInstanceOf(ConstraintViolationException.class);
            assertThatThrownBy(() -> service.create(new CannedResponseDraft("Titre",
                    "x".repeat(CannedResponseDraft.BODY_MAX + 1))))
                    .hasMessageContaining("helpdesk.canned.error.body.too-long");
            assertThatThrownBy(() -> service.create(new CannedResponseDraft("Titre", null)))
                    .isInstanceOf(ConstraintViolationException.class);
        });
    }

    @Test
    void aSchoolAdministratorIsRefusedEveryMethod() {
        String word = uniqueWord();
        var existing = accounts.as(AGENT, () -> service.create(new CannedResponseDraft("Refus " + word, "Texte")));
        var draft = new CannedResponseDraft("Titre", "Texte");
        accounts.as(SCHOOL, () -> assertAll(
                refused(() -> service.fill("{reference}", CannedValues.NONE)),
                refused(() -> service.search("", FIRST_PAGE)),
                refused(() -> service.count("")),
                refused(() -> service.get(existing.id())),
                refused(() -> service.create(draft)),
                refused(() -> service.update(existing.id(), existing.version(), draft)),
                refused(() -> service.delete(existing.id()))));
        // Nobody signed in at all: refused as well.
        assertThatThrownBy(() -> service.search("", FIRST_PAGE))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
        assertThat(accounts.as(AGENT, () -> service.get(existing.id()))).as("untouched").isEqualTo(existing);
        accounts.as(AGENT, () -> service.delete(existing.id()));
    }

    private static Executable refused(Executable call) {
        return () -> assertThrows(AccessDeniedException.class, call);
    }
}
