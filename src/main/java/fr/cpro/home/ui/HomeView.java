package fr.cpro.home.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import fr.cpro.home.Module;
import fr.cpro.home.ModuleCatalogue;
import fr.cpro.security.CproPrincipal;
import fr.cpro.security.CurrentUser;
import jakarta.annotation.security.PermitAll;

/** Accueil: every module the user has access to, as tiles. */
@Route("")
@PermitAll
public class HomeView extends Main implements HasDynamicTitle {

    final UnorderedList tiles = new UnorderedList();

    HomeView(CurrentUser currentUser, ModuleCatalogue catalogue) {
        CproPrincipal user = currentUser.require();
        addClassNames("cpro-page", "cpro-home");
        add(new H1(getTranslation("home.title")));
        add(new Paragraph(getTranslation("home.intro")));

        tiles.addClassName("cpro-tiles");
        catalogue.availableTo(user).forEach(module -> tiles.add(new ListItem(tile(module))));
        add(tiles);
    }

    private RouterLink tile(Module module) {
        var target = RouteConfiguration.forApplicationScope().getRoute(module.route())
                .orElseThrow(() -> new IllegalStateException("No route " + module.route()));
        var link = new RouterLink(target);
        link.addClassName("cpro-tile");
        var icon = module.icon().create();
        icon.addClassName("cpro-tile__icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        var title = new H2(getTranslation(module.titleKey()));
        title.addClassName("cpro-tile__title");
        var text = new Paragraph(getTranslation(module.descriptionKey()));
        text.addClassName("cpro-tile__text");
        link.add(icon, title, text);
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " · " + getTranslation("app.name");
    }
}
