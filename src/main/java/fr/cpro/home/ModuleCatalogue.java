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

    private static final List<Module> MODULES = List.of(
            new Module("personal-space", "espace-personnel", VaadinIcon.USER_CARD, Module.EVERYONE),
            // The school's support tickets; agents will work tickets in the helpdesk instead.
            new Module("tickets", "assistance/tickets", VaadinIcon.CHAT, Set.of(AppRoles.ETABLISSEMENT)));

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
