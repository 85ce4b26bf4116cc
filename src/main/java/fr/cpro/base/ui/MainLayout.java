package fr.cpro.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import fr.cpro.security.CproPrincipal;
import fr.cpro.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The CPRO shell: the "bandeau supérieur bleuté" with the product name (a link to Accueil)
 * on the left and, on the right, the entries that the features contribute followed by
 * Déconnexion. Every view but the login page is shown inside it.
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout {

    final Button logout;

    MainLayout(CurrentUser currentUser, ObjectProvider<NavbarItem> items) {
        CproPrincipal user = currentUser.require();
        addClassName("cpro-shell");

        var menu = new Nav();
        menu.addClassName("cpro-navbar__menu");
        menu.getElement().setAttribute("aria-label", getTranslation("shell.menu"));
        items.orderedStream().forEach(item -> item.create(user).ifPresent(menu::add));

        logout = new Button(getTranslation("shell.logout"), VaadinIcon.SIGN_OUT.create());
        logout.addThemeVariants(ButtonVariant.TERTIARY);
        logout.addClassNames("cpro-navbar__item", "cpro-navbar__logout");
        logout.getElement().setAttribute("aria-label", getTranslation("shell.logout"));
        logout.addClickListener(e -> UnsavedChanges.runWhenConfirmed(UI.getCurrent(), currentUser::logout));
        menu.add(logout);

        // One banner landmark holds the product name and the menu: a screen reader lists it, and
        // no banner content floats outside a landmark (axe: region).
        var banner = new Header(brand(), menu);
        banner.addClassName("cpro-navbar__banner");
        // Named: a dialog's own header is a second banner, and landmarks must be told apart.
        banner.getElement().setAttribute("aria-label", getTranslation("shell.banner"));
        addToNavbar(banner);
        // The guide's shell is a banner only: no side drawer.
        setDrawerOpened(false);
    }

    private Component brand() {
        var name = getTranslation("app.name");
        var home = RouteConfiguration.forApplicationScope().getRoute("");
        if (home.isEmpty()) {
            var text = new Span(name);
            text.addClassName("cpro-navbar__brand");
            return text;
        }
        var link = new RouterLink(name, home.get());
        link.addClassName("cpro-navbar__brand");
        link.getElement().setAttribute("aria-label", getTranslation("shell.home"));
        return link;
    }

    /** A label that the banner hides on narrow screens, where the icon stays. */
    public static Span navbarLabel(String text) {
        var label = new Span(text);
        label.addClassName("cpro-navbar__label");
        return label;
    }
}
