package fr.cpro.helpdesk;

import fr.cpro.home.Module;
import fr.cpro.home.ModuleProvider;
import org.springframework.stereotype.Component;

import java.util.List;

/** The directory of schools' tile on Accueil, for agents and supervisors only. */
@Component
public class SchoolsModules implements ModuleProvider {

    /** The directory's route (the view declares the same); a school's page is below it, by UAI. */
    public static final String SCHOOLS_ROUTE = "helpdesk/etablissements";

    @Override
    public List<Module> modules() {
        return List.of(new Module("helpdesk-schools", SCHOOLS_ROUTE, HelpdeskModules.TEAM, "BUILDING_O"));
    }
}
