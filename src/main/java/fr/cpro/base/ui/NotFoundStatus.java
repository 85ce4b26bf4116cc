package fr.cpro.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;

/**
 * Sends {@link NotFoundView} ("Page introuvable") with HTTP 404 when the address opened is no route.
 * Vaadin serves its start page with 200 whatever the path and only then routes in the browser
 * (flow#13421: the status from {@code setErrorParameter} is lost), so crawlers, monitors and the
 * browser's history would take a mistyped address for a page. The start page itself is unchanged.
 */
@Component
class NotFoundStatus implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var routes = ApplicationRouteRegistry.getInstance(event.getSource().getContext());
        event.addIndexHtmlRequestListener(page -> {
            String path = page.getVaadinRequest().getPathInfo();
            String route = path == null ? "" : path.replaceFirst("^/+", "");
            if (!routes.getNavigationRouteTarget(route).hasTarget()) {
                page.getVaadinResponse().setStatus(HttpServletResponse.SC_NOT_FOUND);
            }
        });
    }
}
