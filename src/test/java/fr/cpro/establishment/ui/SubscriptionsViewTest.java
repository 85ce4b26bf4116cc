package fr.cpro.establishment.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import fr.cpro.CproTest;
import fr.cpro.establishment.SubscriptionSummary;
import fr.cpro.establishment.TestSchools;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** Abonnement lists the school's subscriptions page by page from the database, in a grid of a fixed height. */
@CproTest
@WithUserDetails(TestSchools.DEMO_UAI)
class SubscriptionsViewTest extends SpringBrowserlessTest {

    @Autowired
    TestSchools schools;

    @BeforeEach
    void demoSubscriptions() {
        schools.pinDemoSubscriptions();
    }

    @Test
    void theSubscriptionsComeFromALazyProviderInAGridOfItsOwnHeight() {
        var view = navigate(SubscriptionsView.class);

        assertThat(view.grid.getDataProvider().isInMemory()).as("fetched from the service, page by page").isFalse();
        assertThat(view.grid.isAllRowsVisible()).as("would fetch every page at once").isFalse();
        assertThat(view.grid.getHeight()).isEqualTo("min(32rem, 60vh)");
        var rows = test(view.grid);
        assertThat(rows.size()).isEqualTo(3);
        assertThat(java.util.stream.IntStream.range(0, rows.size()).mapToObj(rows::getRow)
                .map(SubscriptionSummary::diploma).map(d -> d.shortName()))
                .containsExactly("CAP Électricien", "Bac Pro MELEC", "BTS Électrotechnique");
    }
}
