package fr.cpro.helpdesk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

/** Navigation to an address with its query string, as a browser would (browserless navigate(String) takes a path only). */
final class HelpdeskRoutes {

    private HelpdeskRoutes() {
    }

    static void go(String address) {
        int q = address.indexOf('?');
        if (q < 0) {
            UI.getCurrent().navigate(address);
        } else {
            UI.getCurrent().navigate(address.substring(0, q), QueryParameters.fromString(address.substring(q + 1)));
        }
    }
}
