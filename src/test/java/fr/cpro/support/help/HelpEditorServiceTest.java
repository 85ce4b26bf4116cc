package fr.cpro.support.help;

import fr.cpro.CproTest;
import fr.cpro.TestAccounts;
import fr.cpro.security.AuditEvent;
import fr.cpro.security.AuditLog;
import fr.cpro.security.AuditQuery;
import fr.cpro.support.SupportCategory;
import fr.cpro.support.SupportException;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The FAQ editor on MariaDB, as agents use it and as schools then read the help centre. The entries a test
 * writes are withdrawn after it, so that the schools' side (and the other tests) see the first content only.
 */
@CproTest
@WithUserDetails("agent@cpro.demo")
class HelpEditorServiceTest {

    private static final String SCHOOL = "0759999L";

    @Autowired HelpEditorService editor;
    @Autowired HelpCentreService help;
    @Autowired AuditLog audit;
    @Autowired TestAccounts accounts;

    private final List<Long> written = new ArrayList<>();

    @AfterEach
    void withdrawWhatWasWritten() {
        written.forEach(id -> editor.setPublished(id, false));
    }

    private static String unique() {
        return "Zircon" + Long.toString(System.nanoTime(), 36);
    }

    private HelpEntryDetails write(SupportCategory category, String question, String answer) {
        var entry = editor.create(category, new HelpEntryDraft(question, answer));
        written.add(entry.id());
        return entry;
    }

    private List<HelpQuestion> schoolReads(SupportCategory category) {
        return accounts.as(SCHOOL, () -> help.questions(category));
    }

    private List<HelpEntryDetails> editorList(SupportCategory category) {
        return editor.entries(category, PageRequest.of(0, 500));
    }

    @Test
    void aNewEntryWaitsUnpublishedThenPublishingShowsItToSchoolsAndWithdrawingHidesItEverywhere() {
        String word = unique();
        var entry = write(SupportCategory.ABONNEMENT, "Question " + word + " ?", "Réponse sur " + word + ".");
        assertThat(entry.published()).isFalse();
        assertThat(entry.updatedBy()).isEqualTo("Alex DURAND");
        assertThat(editorList(SupportCategory.ABONNEMENT)).last().extracting(HelpEntryDetails::id).isEqualTo(entry.id());
        assertThat(schoolReads(SupportCategory.ABONNEMENT)).extracting(HelpQuestion::id).doesNotContain(entry.id());
        assertThat(accounts.as(SCHOOL, () -> help.search(word)).total()).isZero();

        editor.setPublished(entry.id(), true);
        assertThat(schoolReads(SupportCategory.ABONNEMENT)).last().satisfies(q -> {
            assertThat(q.id()).isEqualTo(entry.id());
            assertThat(q.answer()).isEqualTo("Réponse sur " + word + ".");
        });
        assertThat(accounts.as(SCHOOL, () -> help.search(word)).questions()).extracting(HelpQuestion::id)
                .containsExactly(entry.id());
        // A school reads it: the editor counts the reading.
        accounts.as(SCHOOL, () -> help.recordConsultation(entry.id()));
        assertThat(editor.get(entry.id()).consultations()).isEqualTo(1);

        editor.setPublished(entry.id(), false);
        assertThat(schoolReads(SupportCategory.ABONNEMENT)).extracting(HelpQuestion::id).doesNotContain(entry.id());
        assertThat(accounts.as(SCHOOL, () -> help.search(word)).total()).isZero();
        assertThat(accounts.as(SCHOOL, () -> help.mostConsulted())).extracting(HelpQuestion::id).doesNotContain(entry.id());
        assertThatThrownBy(() -> accounts.as(SCHOOL, () -> help.recordConsultation(entry.id())))
                .isInstanceOf(java.util.NoSuchElementException.class);
    }

    @Test
    void anEditShowsAtOnceOnTheSchoolsSideAndAStaleEditIsRefusedInFrench() {
        String word = unique();
        var entry = write(SupportCategory.UTILISATION, "Où trouver " + word + " ?", "Première version.");
        editor.setPublished(entry.id(), true);
        var loaded = editor.get(entry.id());
        assertThat(loaded.version()).as("publishing leaves the text's version alone").isEqualTo(entry.version());

        var first = editor.update(loaded.id(), loaded.version(), new HelpEntryDraft(loaded.question(), "Deuxième version."));
        assertThat(schoolReads(SupportCategory.UTILISATION)).filteredOn(q -> q.id() == entry.id())
                .singleElement().extracting(HelpQuestion::answer).isEqualTo("Deuxième version.");

        // Another agent had opened the same version: their save is refused, and says by whom.
        assertThatThrownBy(() -> accounts.as("superviseur@cpro.demo", () -> editor.update(loaded.id(), loaded.version(),
                new HelpEntryDraft(loaded.question(), "Version concurrente."))))
                .isInstanceOfSatisfying(SupportException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("helpdesk.faq.error.stale");
                    assertThat(e.params()[0]).isEqualTo("Alex DURAND");
                });
        assertThat(editor.get(entry.id()).answer()).isEqualTo("Deuxième version.");
        assertThat(first.version()).isGreaterThan(loaded.version());
    }

    @Test
    void movingSwapsTwoEntriesOfOneCategoryForTheEditorAndForSchools() {
        String word = unique();
        var one = write(SupportCategory.COMPTE_UTILISATEUR, "Un " + word + " ?", "Un.");
        var two = write(SupportCategory.COMPTE_UTILISATEUR, "Deux " + word + " ?", "Deux.");
        editor.setPublished(one.id(), true);
        editor.setPublished(two.id(), true);
        long versionBefore = editor.get(one.id()).version();

        assertThat(editor.move(two.id(), HelpEditorService.Direction.UP)).isTrue();
        assertThat(editorList(SupportCategory.COMPTE_UTILISATEUR)).extracting(HelpEntryDetails::id)
                .containsSubsequence(two.id(), one.id());
        assertThat(schoolReads(SupportCategory.COMPTE_UTILISATEUR)).extracting(HelpQuestion::id)
                .containsSubsequence(two.id(), one.id());
        assertThat(editor.get(one.id()).version()).as("a move never makes an open edit stale").isEqualTo(versionBefore);

        assertThat(editor.move(two.id(), HelpEditorService.Direction.DOWN)).isTrue();
        assertThat(editorList(SupportCategory.COMPTE_UTILISATEUR)).extracting(HelpEntryDetails::id).endsWith(one.id(), two.id());
        assertThat(editor.move(two.id(), HelpEditorService.Direction.DOWN)).as("the last one stays last").isFalse();
    }

    @Test
    void anAnswerWithAJavascriptLinkIsRefusedAndHtmlIsKeptAsText() {
        assertThatThrownBy(() -> write(SupportCategory.ABONNEMENT, "Lien ?", "Voir [ici](javascript:alert(1))."))
                .isInstanceOfSatisfying(SupportException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("helpdesk.faq.error.link");
                    assertThat(e.params()[0]).isEqualTo("javascript:alert(1");
                });
        assertThatThrownBy(() -> write(SupportCategory.ABONNEMENT, " ", "Réponse."))
                .isInstanceOf(ConstraintViolationException.class);
        var entry = write(SupportCategory.ABONNEMENT, "Balises " + unique() + " ?", "<script>alert(1)</script>");
        assertThat(editor.get(entry.id()).answer()).as("stored as typed, shown as text").isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void everyChangeIsInTheAuditTrail() {
        String word = unique();
        var entry = write(SupportCategory.ABONNEMENT, "Audit " + word + " ?", "A.");
        editor.update(entry.id(), entry.version(), new HelpEntryDraft("Audit " + word + " ?", "B."));
        editor.setPublished(entry.id(), true);
        editor.setPublished(entry.id(), false);
        var events = accounts.as("superviseur@cpro.demo", () -> audit.search(
                new AuditQuery(null, "agent@cpro.demo", null, null, null), PageRequest.of(0, 10)));
        assertThat(events).filteredOn(e -> e.getDetail().contains(word)).extracting(AuditEvent::getType).containsExactly(
                AuditEvent.Type.HELP_ENTRY_UNPUBLISHED, AuditEvent.Type.HELP_ENTRY_PUBLISHED,
                AuditEvent.Type.HELP_ENTRY_UPDATED, AuditEvent.Type.HELP_ENTRY_CREATED);
    }

    @Test
    @WithUserDetails(SCHOOL)
    void aSchoolCannotUseTheEditor() {
        assertThatThrownBy(() -> editor.entries(SupportCategory.ABONNEMENT, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editor.create(SupportCategory.ABONNEMENT, new HelpEntryDraft("Q ?", "R.")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editor.setPublished(1L, false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editor.move(1L, HelpEditorService.Direction.UP)).isInstanceOf(AccessDeniedException.class);
    }
}
