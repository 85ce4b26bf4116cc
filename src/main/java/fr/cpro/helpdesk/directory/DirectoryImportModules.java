package fr.cpro.helpdesk.directory;

import fr.cpro.home.Module;
import fr.cpro.home.ModuleProvider;
import fr.cpro.security.AppRoles;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/** The import's tile on Accueil, for agents and supervisors (after the helpdesk's own tiles). */
@Component
@Order(100)
public class DirectoryImportModules implements ModuleProvider {

    /** The import's route (the view declares the same). */
    public static final String ROUTE = "helpdesk/import";

    @Override
    public List<Module> modules() {
        return List.of(new Module("helpdesk-import", ROUTE, Set.of(AppRoles.AGENT, AppRoles.SUPERVISEUR), "UPLOAD"));
    }
}
