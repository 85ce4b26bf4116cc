package fr.cpro.base.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import fr.cpro.CproTest;
import fr.cpro.home.ui.HomeView;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

@CproTest
@WithUserDetails("0759999L")
class UnsavedChangesTest extends SpringBrowserlessTest {

    @Test
    void leavingAFormWithoutChangesAsksNothing() {
        navigate(GuardedFormView.class);
        UI.getCurrent().navigate(HomeView.class);
        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
        assertThat(find(ConfirmDialog.class).all()).isEmpty();
    }

    @Test
    void leavingAFormWithTypedTextAsksAndStaysWhenTheUserStays() {
        GuardedFormView form = navigate(GuardedFormView.class);
        test(form.subject).setValue("Impossible de me connecter");

        UI.getCurrent().navigate(HomeView.class);

        assertThat(getCurrentView()).as("navigation postponed").isSameAs(form);
        var dialog = find(ConfirmDialog.class).single();
        // The title is an h2 under the page's h1 (heading order), in the dialog's header slot.
        var header = dialog.getElement().getChildren().filter(c -> "header".equals(c.getAttribute("slot")))
                .findFirst().orElseThrow();
        assertThat(header.getTag()).isEqualTo("h2");
        assertThat(header.getText()).isEqualTo("Modifications non enregistrées");
        test(dialog).cancel();
        assertThat(getCurrentView()).isSameAs(form);
        assertThat(form.subject.getValue()).as("nothing lost").isEqualTo("Impossible de me connecter");
    }

    @Test
    void leavingAFormWithTypedTextProceedsOnceConfirmed() {
        GuardedFormView form = navigate(GuardedFormView.class);
        test(form.subject).setValue("Abonnement");

        UI.getCurrent().navigate(HomeView.class);
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
    }

    @Test
    void signingOutWithTypedTextAsksFirst() {
        GuardedFormView form = navigate(GuardedFormView.class);
        test(form.subject).setValue("Question");

        test(find(Button.class).withCaption("Déconnexion").single()).click();

        var dialog = find(ConfirmDialog.class).single();
        assertThat(test(dialog).getText()).contains("ne sont pas encore enregistrées");
        test(dialog).cancel();
        assertThat(getCurrentView()).isSameAs(form);
    }

    @Test
    void theBrowserIsToldToAskBeforeTheTabClosesOnlyWhileTheFormHasChanges() {
        GuardedFormView form = navigate(GuardedFormView.class);
        roundTrip();
        assertThat(TabCloseGuard.armed(UI.getCurrent())).as("nothing typed").isFalse();

        test(form.subject).setValue("Impossible de me connecter");
        roundTrip();
        assertThat(TabCloseGuard.armed(UI.getCurrent())).as("typed, not saved").isTrue();

        test(form.subject).setValue("");
        roundTrip();
        assertThat(TabCloseGuard.armed(UI.getCurrent())).as("cleared").isFalse();
    }

    @Test
    void aChangeOutsideTheFieldsIsToldWhenTheViewSaysSo() {
        GuardedFormView form = navigate(GuardedFormView.class);
        test(form.subject).setValue("Question");
        roundTrip();
        assertThat(TabCloseGuard.armed(UI.getCurrent())).isTrue();

        form.sent = true;
        UnsavedChanges.changed(form.subject);
        roundTrip();

        assertThat(TabCloseGuard.armed(UI.getCurrent())).as("sent, text still shown").isFalse();
    }

    @Test
    void leavingForAPageWithoutAFormStandsTheTabGuardDown() {
        GuardedFormView form = navigate(GuardedFormView.class);
        test(form.subject).setValue("Abonnement");
        roundTrip();
        assertThat(TabCloseGuard.armed(UI.getCurrent())).isTrue();

        UI.getCurrent().navigate(HomeView.class);
        assertThat(TabCloseGuard.armed(UI.getCurrent())).as("still on the form, asking").isTrue();
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
        assertThat(TabCloseGuard.armed(UI.getCurrent())).isFalse();
    }
}
