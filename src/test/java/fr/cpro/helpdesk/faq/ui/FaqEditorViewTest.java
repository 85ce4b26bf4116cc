package fr.cpro.helpdesk.faq.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import fr.cpro.CproTest;
import fr.cpro.TestAccounts;
import fr.cpro.support.SupportCategory;
import fr.cpro.support.help.HelpCentreService;
import fr.cpro.support.help.HelpEditorService;
import fr.cpro.support.help.HelpEntryDetails;
import fr.cpro.support.help.HelpEntryDraft;
import fr.cpro.support.help.HelpQuestion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The FAQ editor driven as an agent would, without a browser; what it changes is checked on the school's side. */
@CproTest
@WithUserDetails("agent@cpro.demo")
class FaqEditorViewTest extends SpringBrowserlessTest {

    private static final int ACTIONS = 4;

    @Autowired HelpEditorService editor;
    @Autowired HelpCentreService help;
    @Autowired TestAccounts accounts;

    private final List<Long> written = new ArrayList<>();

    @AfterEach
    void withdrawWhatWasWritten() {
        // The school's side shows the first content again for the other tests.
        accounts.as("agent@cpro.demo", () -> written.forEach(id -> editor.setPublished(id, false)));
    }

    private static String unique() {
        return "Quartz" + Long.toString(System.nanoTime(), 36);
    }

    private FaqEditorView open(SupportCategory category) {
        UI.getCurrent().navigate(FaqEditorView.ROUTE, QueryParameters.of(FaqEditorView.CATEGORY_PARAMETER, category.name()));
        return (FaqEditorView) getCurrentView();
    }

    private int row(FaqEditorView view, String question) {
        var grid = test(view.grid);
        return IntStream.range(0, grid.size()).filter(i -> grid.getCellText(i, 0).equals(question)).findFirst()
                .orElseThrow(() -> new AssertionError("no row « " + question + " »"));
    }

    private Button rowButton(FaqEditorView view, String question, String className) {
        Component actions = test(view.grid).getCellComponent(row(view, question), ACTIONS);
        return actions.getChildren().map(Button.class::cast).filter(b -> b.hasClassName(className)).findFirst().orElseThrow();
    }

    private HelpEntryDialog openedDialog() {
        roundTrip();
        return find(HelpEntryDialog.class).single();
    }

    private String notifications() {
        return String.join(" | ", find(Notification.class).all().stream()
                .map(n -> n.getElement().getProperty("text", "") + n.getElement().getTextRecursively()).toList());
    }

    private List<HelpQuestion> schoolReads(SupportCategory category) {
        return accounts.as("0759999L", () -> help.questions(category));
    }

    @Test
    void anAgentWritesPreviewsPublishesAndMovesAnEntryAndTheSchoolReadsItAsPreviewed() {
        FaqEditorView view = open(SupportCategory.ABONNEMENT);
        assertThat(view.tabs.getSelectedTab()).isSameAs(view.categoryTabs.get(SupportCategory.ABONNEMENT));
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("Comment renouveler l'abonnement de l'établissement ?");
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("Publiée");

        test(view.create).click();
        var dialog = openedDialog();
        test(dialog.save).click();
        assertThat(dialog.form.question.getErrorMessage()).isEqualTo("Saisissez la question.");
        assertThat(dialog.isOpened()).isTrue();

        String question = "Comment payer " + unique() + " ?";
        test(dialog.form.question).setValue(question);
        test(dialog.form.answer).setValue("Voir [le tarif](javascript:alert(1)).");
        test(dialog.save).click();
        assertThat(dialog.form.answer.isInvalid()).isTrue();
        assertThat(dialog.form.answer.getErrorMessage()).contains("Lien refusé : javascript:alert(1");
        assertThat(dialog.isOpened()).isTrue();

        test(dialog.form.answer).setValue("Par virement.\n<b>Attention</b> : voir [le tarif](https://cpro.example/tarif).");
        assertThat(dialog.form.preview.getElement().getTextRecursively())
                .as("the preview shows tags as text").contains("<b>Attention</b> : voir le tarif.");
        var previewLink = dialog.form.preview.getChildren().findFirst().orElseThrow().getChildren()
                .flatMap(Component::getChildren).filter(Anchor.class::isInstance).map(Anchor.class::cast).findFirst().orElseThrow();
        assertThat(previewLink.getHref()).isEqualTo("https://cpro.example/tarif");
        assertThat(view.hasUnsavedChanges()).isTrue();
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(notifications()).contains("Question « " + question + " » créée.");
        int at = row(view, question);
        written.add(test(view.grid).getRow(at).id());
        assertThat(test(view.grid).getCellText(at, 1)).isEqualTo("Non publiée");
        assertThat(test(view.grid).getCellText(at, 2)).isEqualTo("0");
        assertThat(test(view.grid).getCellText(at, 3)).endsWith(" · Alex DURAND");
        assertThat(schoolReads(SupportCategory.ABONNEMENT)).extracting(HelpQuestion::question).doesNotContain(question);

        test(rowButton(view, question, "cpro-faq-publish")).click();
        assertThat(test(view.grid).getCellText(row(view, question), 1)).isEqualTo("Publiée");
        assertThat(schoolReads(SupportCategory.ABONNEMENT)).last().extracting(HelpQuestion::question).isEqualTo(question);

        test(rowButton(view, question, "cpro-faq-up")).click();
        int moved = row(view, question);
        assertThat(moved).isEqualTo(at - 1);
        var school = schoolReads(SupportCategory.ABONNEMENT);
        var listed = editor.entries(SupportCategory.ABONNEMENT, org.springframework.data.domain.PageRequest.of(0, 500));
        assertThat(school).extracting(HelpQuestion::id).as("the school's order is the editor's, published ones only")
                .containsExactlyElementsOf(listed.stream().filter(HelpEntryDetails::published).map(HelpEntryDetails::id).toList());

        test(view.preview).click();
        roundTrip();
        var preview = find(SchoolPreviewDialog.class).single();
        assertThat(preview.preview.list.entries).hasSize(school.size());
        String shown = preview.preview.getElement().getTextRecursively();
        assertThat(shown).contains(question, "<b>Attention</b> : voir le tarif.");
        preview.close();

        // Moved back, then withdrawn: the school no longer sees it.
        test(rowButton(view, question, "cpro-faq-down")).click();
        test(rowButton(view, question, "cpro-faq-publish")).click();
        assertThat(schoolReads(SupportCategory.ABONNEMENT)).extracting(HelpQuestion::question).doesNotContain(question);
    }

    @Test
    void aStaleEditIsRefusedInFrenchAndTheTypedTextStays() {
        String question = "Conflit " + unique() + " ?";
        HelpEntryDetails created = editor.create(SupportCategory.UTILISATION, new HelpEntryDraft(question, "Version 1"));
        written.add(created.id());
        FaqEditorView view = open(SupportCategory.UTILISATION);
        test(rowButton(view, question, "cpro-faq-edit")).click();
        var dialog = openedDialog();
        assertThat(dialog.form.answer.getValue()).isEqualTo("Version 1");
        test(dialog.form.answer).setValue("Version de l'agent");

        accounts.as("superviseur@cpro.demo", () -> editor.update(created.id(), created.version(),
                new HelpEntryDraft(question, "Version du superviseur")));
        test(dialog.save).click();

        assertThat(dialog.error.isVisible()).isTrue();
        assertThat(dialog.error.getText()).startsWith("Sacha BERNARD a modifié cette question le ")
                .contains("vos modifications n'ont pas été enregistrées");
        assertThat(dialog.isOpened()).as("the draft is not lost").isTrue();
        assertThat(dialog.form.answer.getValue()).isEqualTo("Version de l'agent");
        assertThat(editor.get(created.id()).answer()).isEqualTo("Version du superviseur");
    }

    @Test
    void theCategoryIsInTheAddress() {
        FaqEditorView view = open(SupportCategory.UTILISATION);
        assertThat(view.category).isEqualTo(SupportCategory.UTILISATION);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("Comment changer le diplôme sur lequel je travaille ?");
        UI.getCurrent().navigate(FaqEditorView.ROUTE, QueryParameters.of(FaqEditorView.CATEGORY_PARAMETER, "NIMPORTE"));
        assertThat(((FaqEditorView) getCurrentView()).category).isEqualTo(SupportCategory.COMPTE_UTILISATEUR);
    }
}
