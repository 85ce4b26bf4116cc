package fr.cpro.home.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import fr.cpro.establishment.DiplomaService;
import fr.cpro.home.HomeTiles;
import fr.cpro.home.Tile;
import fr.cpro.home.TileText;
import fr.cpro.security.CproPrincipal;
import fr.cpro.security.CurrentUser;
import jakarta.annotation.security.PermitAll;

/** Accueil: every module the user has access to, as tiles, and the diploma they work in. */
@Route("")
@PermitAll
public class HomeView extends Main implements HasDynamicTitle {

    final UnorderedList tiles = new UnorderedList();

    HomeView(CurrentUser currentUser, HomeTiles homeTiles, DiplomaService diplomas) {
        CproPrincipal user = currentUser.require();
        addClassNames("cpro-page", "cpro-home");
        add(new H1(getTranslation("home.title")));
        add(new Paragraph(getTranslation("home.intro")));
        if (user.isSchoolAdministrator()) {
            var diploma = new Paragraph(diplomas.myActiveDiploma()
                    .map(d -> getTranslation("home.active-diploma", d.shortName(), d.title()))
                    .orElseGet(() -> getTranslation("home.no-active-diploma")));
            diploma.addClassName("cpro-home__diploma");
            add(diploma);
        }

        tiles.addClassName("cpro-tiles");
        homeTiles.tilesFor(user).forEach(tile -> tiles.add(new ListItem(tile(tile))));
        add(tiles);
    }

    private RouterLink tile(Tile tile) {
        var module = tile.module();
        var target = RouteConfiguration.forApplicationScope().getRoute(module.route())
                .orElseThrow(() -> new IllegalStateException("No route " + module.route()));
        var link = new RouterLink(target);
        link.addClassName("cpro-tile");
        var icon = ModuleIcons.of(module).create();
        icon.addClassName("cpro-tile__icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        var title = new H2(getTranslation(module.titleKey()));
        title.addClassName("cpro-tile__title");
        var text = new Paragraph(getTranslation(module.descriptionKey()));
        text.addClassName("cpro-tile__text");
        link.add(icon, title, text);
        if (!tile.lines().isEmpty()) {
            var state = new Div();
            state.addClassName("cpro-tile__state");
            if (tile.warning()) {
                link.addClassName("cpro-tile--warning");
                var warning = VaadinIcon.WARNING.create();
                warning.addClassName("cpro-tile__warning-icon");
                warning.getElement().setAttribute("aria-hidden", "true");
                state.add(warning);
            }
            tile.lines().forEach(line -> state.add(new Paragraph(translate(line))));
            link.add(state);
        }
        return link;
    }

    private String translate(TileText text) {
        return getTranslation(text.key(), text.params().toArray());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " · " + getTranslation("app.name");
    }
}
