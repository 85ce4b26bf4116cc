package fr.cpro.home;

import fr.cpro.security.AppRoles;

import java.util.Set;

/**
 * A module of CPRO STI, shown as a tile on Accueil to the roles that may open it. A module
 * joins this catalogue with the change that builds its route: every tile leads somewhere. How it
 * looks (its icon) is the view's business: {@code home.ui.ModuleIcons}.
 *
 * @param key   the translation prefix: {@code module.<key>.title} and {@code .description}
 * @param route the route it opens
 * @param roles who sees it
 * @param icon  for a module another feature contributes ({@link ModuleProvider}): the name of its Vaadin icon,
 *              e.g. {@code "LIST"}; {@code null} for the catalogue's own, whose icons home's view knows
 */
public record Module(String key, String route, Set<String> roles, String icon) {

    public Module(String key, String route, Set<String> roles) {
        this(key, route, roles, null);
    }

    static final Set<String> EVERYONE = Set.of(AppRoles.ETABLISSEMENT, AppRoles.AGENT, AppRoles.SUPERVISEUR);

    public String titleKey() {
        return "module." + key + ".title";
    }

    public String descriptionKey() {
        return "module." + key + ".description";
    }
}
