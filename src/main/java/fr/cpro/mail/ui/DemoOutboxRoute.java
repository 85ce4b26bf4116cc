package fr.cpro.mail.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import fr.cpro.base.DatabaseEnvironment;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Registers {@link DemoOutboxView} at {@value DemoOutboxView#ROUTE}, with the {@code demo} profile
 * only: without it the address is no route at all ("Page introuvable", HTTP 404), not a page
 * that hides itself.
 */
@Component
@Profile(DatabaseEnvironment.DEMO_PROFILE)
class DemoOutboxRoute implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var registry = ApplicationRouteRegistry.getInstance(event.getSource().getContext());
        RouteConfiguration.forRegistry(registry).setRoute(DemoOutboxView.ROUTE, DemoOutboxView.class);
    }
}
