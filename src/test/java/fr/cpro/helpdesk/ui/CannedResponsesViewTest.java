package fr.cpro.helpdesk.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import fr.cpro.CproTest;
import fr.cpro.TestAccounts;
import fr.cpro.helpdesk.CannedResponseDraft;
import fr.cpro.helpdesk.CannedResponseService;
import fr.cpro.helpdesk.CannedValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** "Réponses types" and the composer's picker, driven as an agent would, without a browser. */
@CproTest
@WithUserDetails("agent@cpro.demo")
class CannedResponsesViewTest extends SpringBrowserlessTest {

    @Autowired CannedResponseService service;
    @Autowired TestAccounts accounts;

    private static String uniqueWord() {
        return "Zéphyr" + Long.toString(System.nanoTime(), 36);
    }

    private Button rowButton(CannedResponsesView view, int row, String className) {
        Component actions = test(view.grid).getCellComponent(row, 3);
        return actions.getChildren().map(Button.class::cast).filter(b -> b.hasClassName(className))
                .findFirst().orElseThrow();
    }

    /** The dialog just opened: Vaadin adds it to the page on the way to the browser. */
    private CannedResponseDialog openedDialog() {
        roundTrip();
        return find(CannedResponseDialog.class).single();
    }

    private String notifications() {
        return String.join(" | ", find(Notification.class).all().stream()
                .map(n -> n.getElement().getProperty("text", "") + n.getElement().getTextRecursively()).toList());
    }

    @Test
    void anAgentListsSearchesCreatesEditsAndDeletesResponses() {
        CannedResponsesView view = navigate(CannedResponsesView.class);
        assertThat(test(view.grid).size()).as("the seeded ones at least").isGreaterThanOrEqualTo(10);

        test(view.create).click();
        var dialog = openedDialog();
        assertThat(dialog.isOpened()).isTrue();
        test(dialog.save).click();
        assertThat(dialog.form.title.isInvalid()).isTrue();
        assertThat(dialog.form.title.getErrorMessage()).isEqualTo("Saisissez un titre.");
        assertThat(dialog.form.body.getErrorMessage()).isEqualTo("Saisissez le texte de la réponse.");
        assertThat(dialog.isOpened()).isTrue();

        String word = uniqueWord();
        test(dialog.form.title).setValue("Relance " + word);
        test(dialog.form.body).setValue("Bonjour {administrateur},\nAvez-vous pu essayer ?");
        assertThat(view.hasUnsavedChanges()).as("typed text is guarded").isTrue();
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.hasUnsavedChanges()).isFalse();
        assertThat(notifications()).contains("Réponse type « Relance " + word + " » créée.");

        test(view.search).setValue(word.replace("é", "e").toLowerCase());
        assertThat(test(view.grid).size()).as("accents and case ignored").isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("Relance " + word);
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("Bonjour {administrateur}, Avez-vous pu essayer ?");
        assertThat(test(view.grid).getCellText(0, 2)).endsWith(" · Alex DURAND");

        test(rowButton(view, 0, "cpro-canned-edit")).click();
        dialog = openedDialog();
        assertThat(dialog.form.title.getValue()).isEqualTo("Relance " + word);
        test(dialog.form.body).setValue("Bonjour {administrateur},\nune relance.");
        fireShortcut(Key.ENTER, KeyModifier.CONTROL);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(service.search(word, org.springframework.data.domain.PageRequest.of(0, 5)))
                .singleElement().satisfies(r -> assertThat(r.body()).isEqualTo("Bonjour {administrateur},\nune relance."));

        test(rowButton(view, 0, "cpro-canned-delete")).click();
        var confirm = find(ConfirmDialog.class).single();
        assertThat(test(confirm).getText()).contains("« Relance " + word + " »");
        test(confirm).confirm();
        assertThat(service.count(word)).isZero();
        assertThat(test(view.grid).size()).isZero();
        assertThat(view.grid.getEmptyStateText()).contains("Aucune réponse type ne correspond");
    }

    @Test
    void aStaleEditIsRefusedInFrenchAndTheTypedTextStays() {
        String word = uniqueWord();
        var created = service.create(new CannedResponseDraft("Conflit " + word, "Version 1"));
        CannedResponsesView view = navigate(CannedResponsesView.class);
        test(view.search).setValue(word);
        test(rowButton(view, 0, "cpro-canned-edit")).click();
        var dialog = openedDialog();
        test(dialog.form.body).setValue("Version de l'agent");

        accounts.as("superviseur@cpro.demo", () -> service.update(created.id(), created.version(),
                new CannedResponseDraft("Conflit " + word, "Version du superviseur")));
        test(dialog.save).click();

        assertThat(notifications()).contains("Sacha BERNARD a modifié cette réponse type le ");
        assertThat(dialog.isOpened()).as("the draft is not lost").isTrue();
        assertThat(dialog.form.body.getValue()).isEqualTo("Version de l'agent");
        assertThat(service.get(created.id()).body()).isEqualTo("Version du superviseur");
        service.delete(created.id());
    }

    @Test
    void thePickerInsertsTheChosenResponseWithTheTicketsValues() {
        CannedResponsesView view = navigate(CannedResponsesView.class);
        var inserted = new ArrayList<String>();
        var picker = new CannedResponsePicker(service, () -> new CannedValues("Lycée Jean-Moulin", "Camille MARTIN",
                "CPRO-2026-000042", "jeudi 3 décembre 2026 à 14 h 00"), inserted::add);
        view.add(picker);
        assertThat(picker.combo.getLabel()).isEqualTo("Insérer une réponse type");

        test(picker.combo).setFilter("accuse de RECEPTION");
        assertThat(test(picker.combo).getSuggestions()).contains("Accusé de réception");
        test(picker.combo).selectItem("Accusé de réception");

        assertThat(inserted).singleElement().satisfies(text -> {
            assertThat(text).startsWith("Bonjour Camille MARTIN,");
            assertThat(text).contains("demande CPRO-2026-000042 pour Lycée Jean-Moulin",
                    "au plus tard le jeudi 3 décembre 2026 à 14 h 00");
            assertThat(text).doesNotContain("{");
        });
        assertThat(picker.combo.getValue()).as("ready for the next one").isNull();
    }

    @Test
    @WithUserDetails("0759999L")
    void aSchoolAdministratorDoesNotGetTheView() {
        navigate(CannedResponsesView.ROUTE, Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(CannedResponsesView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("Accusé de réception");
    }
}
