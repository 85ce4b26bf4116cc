package fr.cpro.home.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import fr.cpro.CproTest;
import fr.cpro.base.ui.NavbarItem;
import fr.cpro.establishment.DiplomaService;
import fr.cpro.establishment.TestSchools;
import fr.cpro.home.HomeTiles;
import fr.cpro.security.CurrentUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.ConfigurableTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.RequestContextFilter;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Accueil asks three times which diploma the school works in; the database is asked once, read-only. */
@CproTest
@WithUserDetails(TestSchools.DEMO_UAI)
class HomeViewTest extends SpringBrowserlessTest {

    @Autowired
    TestSchools schools;
    @Autowired
    DiplomaService diplomas;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    ApplicationContext context;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    HomeTiles homeTiles;
    @Autowired
    ObjectProvider<NavbarItem> navbarItems;

    private final List<TransactionExecution> begun = new ArrayList<>();
    private final TransactionExecutionListener recorder = new TransactionExecutionListener() {
        @Override
        public void beforeBegin(TransactionExecution transaction) {
            begun.add(transaction);
        }
    };

    @AfterEach
    void stopRecording() {
        ((ConfigurableTransactionManager) transactionManager).getTransactionExecutionListeners().remove(recorder);
        RequestContextHolder.resetRequestAttributes();
    }

    /** A new HTTP request, as the running application has one per round trip. */
    private static void newRequest() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
    }

    @Test
    void accueilResolvesTheActiveDiplomaOnceInOneReadOnlyTransaction() {
        schools.pinDemoSubscriptions();
        diplomas.changeMyDiploma(schools.diplomaId("BACPRO-MELEC"));
        // What every HTTP request of the running application carries (Spring Boot's RequestContextFilter).
        assertThat(context.getBeansOfType(RequestContextFilter.class)).isNotEmpty();
        newRequest();
        ((ConfigurableTransactionManager) transactionManager).addListener(recorder);

        // What the first request of Accueil builds: the banner's items (as MainLayout does) and the view.
        var user = currentUser.require();
        var banner = new Div();
        navbarItems.orderedStream().forEach(item -> item.create(user).ifPresent(banner::add));
        var view = new HomeView(currentUser, homeTiles, diplomas);

        // Three places show it: the banner, the text under the title, the Abonnement tile.
        assertThat(banner.getElement().getTextRecursively()).contains("Changer de diplôme", "Bac Pro MELEC");
        assertThat(view.getChildren().filter(c -> c.hasClassName("cpro-home__diploma")).findFirst().orElseThrow()
                .getElement().getText()).contains("Bac Pro MELEC");
        assertThat(view.tiles.getElement().getTextRecursively()).contains("Bac Pro MELEC");
        // Before: three writing transactions, one per place. Now: one, read-only, and nothing writes.
        assertThat(begun).filteredOn(t -> "DiplomaService.activeDiploma".equals(t.getTransactionName()))
                .singleElement().extracting(TransactionExecution::isReadOnly).isEqualTo(true);
        assertThat(begun).as("transactions opened by Accueil: %s", begun.stream()
                        .map(t -> t.getTransactionName() + (t.isReadOnly() ? " (read-only)" : "")).toList())
                .allSatisfy(t -> assertThat(t.isReadOnly()).isTrue());
    }

    @Test
    void aFirstSignInStoresTheFirstUsableDiplomaOnceThenOnlyReads() {
        var admin = schools.newSchool("Lycée de l'accueil");
        schools.subscribe(admin.establishmentId(), "BACPRO-TU", -10, 300);
        newRequest();
        ((ConfigurableTransactionManager) transactionManager).addListener(recorder);

        var first = schools.as(admin, diplomas::myActiveDiploma);
        var sameRequest = schools.as(admin, diplomas::myActiveDiploma);
        newRequest();
        var nextRequest = schools.as(admin, diplomas::myActiveDiploma);

        assertThat(List.of(first, sameRequest, nextRequest)).allSatisfy(active ->
                assertThat(active).map(d -> d.code()).contains("BACPRO-TU"));
        // No stored choice yet: read, then store the first usable diploma; the same request asks
        // nothing more; the next one only reads.
        assertThat(begun).extracting(TransactionExecution::getTransactionName, TransactionExecution::isReadOnly)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("DiplomaService.activeDiploma", true),
                        org.assertj.core.groups.Tuple.tuple("DiplomaService.activeDiploma.store", false),
                        org.assertj.core.groups.Tuple.tuple("DiplomaService.activeDiploma", true));
    }
}
