package fr.cpro.establishment.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.RouterLink;
import fr.cpro.CproTest;
import fr.cpro.establishment.EstablishmentService;
import fr.cpro.establishment.SchoolDetails;
import fr.cpro.establishment.TestSchools;
import fr.cpro.home.ui.HomeView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** Mon établissement: the administrator edits name and mailbox, sees but cannot edit UAI and académie. */
@CproTest
@WithUserDetails(TestSchools.DEMO_UAI)
class SchoolViewTest extends SpringBrowserlessTest {

    private static final String NAME = "Lycée professionnel de démonstration";
    private static final String EMAIL = "ce.0759999L@ac-paris.fr";

    @Autowired
    EstablishmentService establishments;

    @AfterEach
    void restoreTheDemoSchool() {
        establishments.updateMySchool(new SchoolDetails(NAME, EMAIL));
    }

    @Test
    void showsTheSchoolWithUaiAndAcademieReadOnly() {
        var view = navigate(SchoolView.class);
        assertThat(view.form.name.getValue()).isEqualTo(NAME);
        assertThat(view.form.officialEmail.getValue()).isEqualTo(EMAIL);
        assertThat(view.form.uai.getValue()).isEqualTo("0759999L");
        assertThat(view.form.uai.isReadOnly()).isTrue();
        assertThat(view.form.academie.getValue()).isEqualTo("Paris");
        assertThat(view.form.academie.isReadOnly()).isTrue();
        assertThat(view.hasUnsavedChanges()).isFalse();
    }

    @Test
    void savingNameAndMailboxKeepsThemAndAccueilShowsThem() {
        var view = navigate(SchoolView.class);
        test(view.form.name).setValue("Lycée des métiers Gustave Eiffel");
        test(view.form.officialEmail).setValue("ce.0759999L@ac-creteil.fr");
        assertThat(view.hasUnsavedChanges()).isTrue();

        test(view.save).click();

        assertThat(view.hasUnsavedChanges()).as("saved").isFalse();
        var school = establishments.mySchool();
        assertThat(school.name()).isEqualTo("Lycée des métiers Gustave Eiffel");
        assertThat(school.officialEmail()).isEqualTo("ce.0759999L@ac-creteil.fr");
        assertThat(school.uai()).isEqualTo("0759999L");

        navigate(HomeView.class);
        var tile = find(RouterLink.class).withClassName("cpro-tile").all().stream()
                .filter(l -> l.getHref().equals(SchoolView.ROUTE)).findFirst().orElseThrow();
        assertThat(tile.getElement().getTextRecursively()).contains("Lycée des métiers Gustave Eiffel",
                "UAI : 0759999L", "ce.0759999L@ac-creteil.fr", "Académie : Paris");
    }

    @Test
    void aWrongMailboxIsRefusedWithAFrenchMessageAndNothingTypedIsLost() {
        var view = navigate(SchoolView.class);
        test(view.form.name).setValue("Nouveau nom");
        test(view.form.officialEmail).setValue("secretariat-ac-paris.fr");

        test(view.save).click();

        assertThat(view.form.officialEmail.isInvalid()).isTrue();
        assertThat(view.form.officialEmail.getErrorMessage()).startsWith("Saisissez une adresse e-mail valide");
        assertThat(view.form.officialEmail.getValue()).isEqualTo("secretariat-ac-paris.fr");
        assertThat(view.form.name.getValue()).isEqualTo("Nouveau nom");
        assertThat(establishments.mySchool().name()).as("nothing saved").isEqualTo(NAME);
    }

    @Test
    void leavingWithUnsavedChangesAsks() {
        var view = navigate(SchoolView.class);
        test(view.form.name).setValue("Nom pas encore enregistré");

        UI.getCurrent().navigate(HomeView.class);

        assertThat(getCurrentView()).isSameAs(view);
        test(find(ConfirmDialog.class).single()).cancel();
        assertThat(view.form.name.getValue()).isEqualTo("Nom pas encore enregistré");
    }
}
