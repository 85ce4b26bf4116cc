package fr.cpro.establishment.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import fr.cpro.CproTest;
import fr.cpro.base.FrenchDates;
import fr.cpro.base.ui.GuardedFormView;
import fr.cpro.establishment.DiplomaService;
import fr.cpro.establishment.SubscriptionStatus;
import fr.cpro.establishment.SubscriptionSummary;
import fr.cpro.establishment.TestSchools;
import fr.cpro.home.ui.HomeView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** "Changer de diplôme" as the demo school uses it: banner, dialog, Accueil, and the guard. */
@CproTest
@WithUserDetails(TestSchools.DEMO_UAI)
class ChangeDiplomaTest extends SpringBrowserlessTest {

    @Autowired
    TestSchools schools;
    @Autowired
    DiplomaService diplomas;
    @Autowired
    FrenchDates dates;

    @BeforeEach
    void demoSchoolWorksInBacProMelec() {
        schools.pinDemoSubscriptions();
        diplomas.changeMyDiploma(schools.diplomaId("BACPRO-MELEC"));
    }

    private Button navbarItem() {
        return find(Button.class).withClassName("cpro-navbar__change-diploma").single();
    }

    private ChangeDiplomaDialog openDialog() {
        test(navbarItem()).click();
        return find(ChangeDiplomaDialog.class).single();
    }

    private SubscriptionSummary option(ChangeDiplomaDialog dialog, String shortName) {
        return dialog.choices.getListDataView().getItems()
                .filter(s -> s.diploma().shortName().equals(shortName)).findFirst().orElseThrow();
    }

    @Test
    void theBannerShowsTheActiveDiplomaNextToChangerDeDiplome() {
        navigate(HomeView.class);
        var item = navbarItem();
        assertThat(item.getElement().getTextRecursively()).contains("Changer de diplôme", "Bac Pro MELEC");
        assertThat(item.getElement().getAttribute("aria-label")).contains("Bac Pro MELEC");
    }

    @Test
    void theDialogListsTheSchoolsDiplomasWithTheActiveOneMarkedAndTheExpiredOneNotSelectable() {
        navigate(HomeView.class);
        var dialog = openDialog();

        assertThat(dialog.choices.getListDataView().getItems().map(s -> s.diploma().shortName()))
                .containsExactly("CAP Électricien", "Bac Pro MELEC", "BTS Électrotechnique");
        assertThat(dialog.choices.getValue().diploma().shortName()).as("the active one").isEqualTo("Bac Pro MELEC");

        var expired = option(dialog, "CAP Électricien");
        assertThat(expired.status()).isEqualTo(SubscriptionStatus.EXPIRED);
        assertThat(dialog.choices.getItemEnabledProvider().test(expired)).as("expired: not selectable").isFalse();
        assertThat(dialog.choices.getItemEnabledProvider().test(option(dialog, "BTS Électrotechnique"))).isTrue();
        String text = dialog.getElement().getTextRecursively();
        assertThat(text).contains("Abonnement expiré le ", "Diplôme en cours");
        // The user cannot pick it: the radio button is disabled.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> test(dialog.choices).selectItem("CAP Électricien"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not usable");
        assertThat(dialog.choices.getValue().diploma().shortName()).isEqualTo("Bac Pro MELEC");
    }

    @Test
    void choosingADiplomaShowsItInTheBannerAndOnAccueilAndKeepsIt() {
        navigate(HomeView.class);
        var dialog = openDialog();
        test(dialog.choices).selectItem("BTS Électrotechnique");
        test(dialog.choose).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(navbarItem().getElement().getTextRecursively()).contains("BTS Électrotechnique");
        // The browser reloads the page; here, open Accueil afresh.
        navigate(SubscriptionsView.class);
        var home = navigate(HomeView.class);
        assertThat(home.getElement().getTextRecursively()).contains("Diplôme en cours : BTS Électrotechnique");
        // The BTS subscription ends within 30 days: the Abonnement tile warns.
        var subscriptionTile = find(RouterLink.class).withClassName("cpro-tile").all().stream()
                .filter(l -> l.getHref().equals(SubscriptionsView.ROUTE)).findFirst().orElseThrow();
        assertThat(subscriptionTile.getClassNames()).contains("cpro-tile--warning");
        assertThat(subscriptionTile.getElement().getTextRecursively()).contains("se termine le", "Pensez à le renouveler");

        // A new session (sign out and in again) reads the stored choice.
        assertThat(diplomas.myActiveDiploma()).get()
                .extracting(d -> d.shortName()).isEqualTo("BTS Électrotechnique");
    }

    @Test
    void theAbonnementTileOfALongSubscriptionIsCalm() {
        navigate(HomeView.class);
        var subscriptionTile = find(RouterLink.class).withClassName("cpro-tile").all().stream()
                .filter(l -> l.getHref().equals(SubscriptionsView.ROUTE)).findFirst().orElseThrow();
        assertThat(subscriptionTile.getClassNames()).doesNotContain("cpro-tile--warning");
        assertThat(subscriptionTile.getElement().getTextRecursively()).contains("Bac Pro MELEC",
                "Abonnement valide jusqu'au");
    }

    @Test
    void changingDiplomaOnAFormWithUnsavedWorkAsksFirst() {
        GuardedFormView form = navigate(GuardedFormView.class);
        test(find(TextField.class).single()).setValue("Texte en cours");

        test(navbarItem()).click();
        var guard = find(ConfirmDialog.class).single();
        test(guard).cancel();
        assertThat(find(ChangeDiplomaDialog.class).all()).as("stayed: no dialog").isEmpty();
        assertThat(getCurrentView()).isSameAs(form);

        test(navbarItem()).click();
        test(find(ConfirmDialog.class).single()).confirm();
        var dialog = find(ChangeDiplomaDialog.class).single();
        test(dialog.choices).selectItem("BTS Électrotechnique");
        test(dialog.choose).click();

        assertThat(find(ConfirmDialog.class).all()).as("asked once, not twice").isEmpty();
        assertThat(navbarItem().getElement().getTextRecursively()).contains("BTS Électrotechnique");
    }

    @Test
    void aSchoolWithoutAValidSubscriptionReadsWhyInsteadOfAnEmptyChoice() {
        var admin = schools.newSchool("Lycée dont l'abonnement a pris fin");
        schools.subscribe(admin.establishmentId(), "BACPRO-MSPC", -400, -5);

        var dialog = schools.as(admin, () -> new ChangeDiplomaDialog(diplomas, dates, d -> { }));

        assertThat(dialog.getElement().getTextRecursively())
                .contains("Aucun abonnement de votre établissement n'est en cours", "Abonnement expiré le");
        assertThat(dialog.choose.isVisible()).as("nothing to choose").isFalse();
        assertThat(dialog.choices.getValue()).isNull();

        var none = schools.newSchool("Lycée jamais abonné");
        var empty = schools.as(none, () -> new ChangeDiplomaDialog(diplomas, dates, d -> { }));
        assertThat(empty.getElement().getTextRecursively()).contains("n'est abonné à aucun diplôme");
    }

    @Test
    void theAbonnementPageListsStatusDatesAndLicences() {
        var view = navigate(SubscriptionsView.class);
        var rows = test(view.grid).size();
        assertThat(rows).isEqualTo(3);
        assertThat(test(view.grid).getCellComponent(0, 0).getElement().getTextRecursively())
                .contains("CAP Électricien");
        assertThat(test(view.grid).getCellComponent(0, 1).getElement().getTextRecursively()).isEqualTo("Expiré");
        assertThat(test(view.grid).getCellComponent(2, 1).getElement().getTextRecursively())
                .isEqualTo("Se termine bientôt · 20 j restants");
        assertThat(test(view.grid).getCellText(1, 4)).isEqualTo("120");
        assertThat(view.getElement().getTextRecursively()).contains("Diplôme en cours : Bac Pro MELEC");
        assertThat(find(Paragraph.class).withClassName("cpro-subscriptions__active").single().getText())
                .contains("Bac Pro MELEC");
    }
}
