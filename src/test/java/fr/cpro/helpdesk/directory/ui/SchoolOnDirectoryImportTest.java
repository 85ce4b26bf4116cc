package fr.cpro.helpdesk.directory.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import fr.cpro.CproTest;
import fr.cpro.base.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** A school administrator who types the import's address gets "page introuvable". */
@CproTest
@WithUserDetails("0759999L")
class SchoolOnDirectoryImportTest extends SpringBrowserlessTest {

    @Test
    void theImportIsAPageThatDoesNotExistForASchool() {
        com.vaadin.flow.component.UI.getCurrent().navigate("helpdesk/import");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Page introuvable")
                .doesNotContain("Import de l'annuaire");
    }
}
