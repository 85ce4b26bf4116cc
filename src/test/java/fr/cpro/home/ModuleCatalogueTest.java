package fr.cpro.home;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.router.RouteConfiguration;
import fr.cpro.CproTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@CproTest
class ModuleCatalogueTest extends SpringBrowserlessTest {

    @Test
    void everyTileLeadsToARouteThatExists() {
        var routes = RouteConfiguration.forApplicationScope();
        assertThat(new ModuleCatalogue().all()).isNotEmpty().allSatisfy(module ->
                assertThat(routes.getRoute(module.route())).as(module.route()).isPresent());
    }
}
