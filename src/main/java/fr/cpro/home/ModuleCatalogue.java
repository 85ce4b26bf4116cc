package fr.cpro.home;

import fr.cpro.security.AppRoles;
import fr.cpro.security.CproPrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The one catalogue of modules, filtered by the user's role for Accueil. */
@Service
public class ModuleCatalogue {

    /** The "Abonnement" tile: its text is computed for the school by {@link HomeTiles}. */
    public static final String SUBSCRIPTION = "subscription";
    /** The "Mon établissement" tile: shows the school's details, computed by {@link HomeTiles}. */
    public static final String SCHOOL = "school";
    public static final String PERSONAL_SPACE = "personal-space";
    public static final String ASSISTANCE = "assistance";
    public static final String TICKETS = "tickets";

    private static final Set<String> SCHOOLS = Set.of(AppRoles.ETABLISSEMENT);

    private static final List<Module> MODULES = List.of(
            new Module(SUBSCRIPTION, "abonnement", SCHOOLS),
            new Module(SCHOOL, "mon-etablissement", SCHOOLS),
            new Module(PERSONAL_SPACE, "espace-personnel", Module.EVERYONE),
            new Module(ASSISTANCE, "assistance", SCHOOLS),
            // The school's support tickets; agents will work tickets in the helpdesk instead.
            new Module(TICKETS, "assistance/tickets", SCHOOLS));

    private final List<Module> modules;

    /** The catalogue's own modules only (tests that need no Spring context). */
    public ModuleCatalogue() {
        this(List.of());
    }

    /** The catalogue's own modules, then those of the features above home, in their beans' order. */
    @Autowired
    public ModuleCatalogue(List<ModuleProvider> providers) {
        var all = new ArrayList<>(MODULES);
        providers.forEach(p -> all.addAll(p.modules()));
        this.modules = List.copyOf(all);
    }

    /** Every module, in the order of Accueil. */
    public List<Module> all() {
        return modules;
    }

    /** The modules that this user may open. */
    public List<Module> availableTo(CproPrincipal user) {
        return modules.stream()
                .filter(m -> user.getAuthorities().stream()
                        .anyMatch(a -> m.roles().contains(a.getAuthority().substring("ROLE_".length()))))
                .toList();
    }
}
