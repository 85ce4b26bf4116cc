package fr.cpro.home;

import com.vaadin.flow.component.icon.VaadinIcon;
import fr.cpro.security.AppRoles;
import fr.cpro.security.CproPrincipal;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Set;

/** The one catalogue of modules, filtered by the user's role for Accueil. */
@Service
public class ModuleCatalogue {

    /** The "Abonnement" tile: its text is computed for the school by {@link HomeTiles}. */
    public static final String SUBSCRIPTION = "subscription";
    /** The "Mon établissement" tile: shows the school's details, computed by {@link HomeTiles}. */
    public static final String SCHOOL = "school";

    private static final Set<String> SCHOOLS = Set.of(AppRoles.ETABLISSEMENT);

    private static final List<Module> MODULES = List.of(
            new Module(SUBSCRIPTION, "abonnement", VaadinIcon.DIPLOMA, SCHOOLS),
            new Module(SCHOOL, "mon-etablissement", VaadinIcon.INSTITUTION, SCHOOLS),
            new Module("personal-space", "espace-personnel", VaadinIcon.USER_CARD, Module.EVERYONE),
            new Module("assistance", "assistance", VaadinIcon.QUESTION_CIRCLE_O, SCHOOLS),
            // The school's support tickets; agents will work tickets in the helpdesk instead.
            new Module("tickets", "assistance/tickets", VaadinIcon.CHAT, SCHOOLS));

    /** Every module, in the order of Accueil. */
    public List<Module> all() {
        return MODULES;
    }

    /** The modules that this user may open. */
    public List<Module> availableTo(CproPrincipal user) {
        return MODULES.stream()
                .filter(m -> user.getAuthorities().stream()
                        .anyMatch(a -> m.roles().contains(a.getAuthority().substring("ROLE_".length()))))
                .toList();
    }
}
