package fr.cpro.account.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import fr.cpro.base.ui.MainLayout;
import fr.cpro.base.ui.NavbarItem;
import fr.cpro.security.CproPrincipal;

import java.util.Optional;

/** The banner's first entry: the user icon and "Prénom NOM", leading to Espace personnel. */
@org.springframework.stereotype.Component
class PersonalSpaceNavbarItem implements NavbarItem {

    @Override
    public Optional<com.vaadin.flow.component.Component> create(CproPrincipal user) {
        var link = new RouterLink(AccountView.class);
        link.add(VaadinIcon.USER.create(), MainLayout.navbarLabel(user.displayName()));
        link.addClassNames("cpro-navbar__item", "cpro-navbar__user");
        link.getElement().setAttribute("aria-label",
                link.getTranslation("shell.personal-space") + " : " + user.displayName());
        return Optional.of(link);
    }

    @Override
    public int getOrder() {
        return 10;
    }
}
