package fr.cpro.helpdesk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import fr.cpro.base.ui.MainLayout;
import fr.cpro.base.ui.NavbarItem;
import fr.cpro.security.CproPrincipal;

import java.util.Optional;

/** The banner's "File d'attente", after "Prénom NOM", for the support team only. */
@org.springframework.stereotype.Component
class QueueNavbarItem implements NavbarItem {

    @Override
    public Optional<Component> create(CproPrincipal user) {
        if (!user.isAgent()) {
            return Optional.empty();
        }
        var link = new RouterLink(QueueView.class);
        var icon = VaadinIcon.INBOX.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        link.add(icon, MainLayout.navbarLabel(link.getTranslation("helpdesk.nav.queue")));
        link.addClassNames("cpro-navbar__item", "cpro-navbar__queue");
        // The label hides on narrow screens, where the icon (hidden from screen readers) stays: the name stays too.
        link.getElement().setAttribute("aria-label", link.getTranslation("helpdesk.nav.queue"));
        return Optional.of(link);
    }

    @Override
    public int getOrder() {
        return 15;
    }
}
