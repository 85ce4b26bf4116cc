package fr.cpro.support.help.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.icon.VaadinIcon;
import fr.cpro.base.ui.MainLayout;
import fr.cpro.base.ui.NavbarItem;
import fr.cpro.security.CproPrincipal;

import java.util.Optional;

/**
 * The banner's "Assistance": the guide opens the help centre in a new page, so that the
 * school's work stays where it is. School administrators only; agents work in the helpdesk.
 */
@org.springframework.stereotype.Component
class AssistanceNavbarItem implements NavbarItem {

    @Override
    public Optional<Component> create(CproPrincipal user) {
        if (!user.isSchoolAdministrator()) {
            return Optional.empty();
        }
        var link = new Anchor(HelpCentreView.ROUTE, "");
        link.setTarget(AnchorTarget.BLANK);
        // The new tab gets no handle on this one.
        link.getElement().setAttribute("rel", "noopener");
        var icon = VaadinIcon.QUESTION_CIRCLE_O.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        link.add(icon, MainLayout.navbarLabel(link.getTranslation("shell.assistance")));
        link.addClassNames("cpro-navbar__item", "cpro-navbar__assistance");
        link.getElement().setAttribute("aria-label", link.getTranslation("shell.assistance.new-tab"));
        return Optional.of(link);
    }

    @Override
    public int getOrder() {
        return 20;
    }
}
