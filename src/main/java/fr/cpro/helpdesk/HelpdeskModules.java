package fr.cpro.helpdesk;

import fr.cpro.home.Module;
import fr.cpro.home.ModuleProvider;
import fr.cpro.security.AppRoles;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/** The helpdesk's tiles on Accueil, for agents and supervisors only. */
@Component
public class HelpdeskModules implements ModuleProvider {

    /** The queue's route (the view declares the same). */
    public static final String QUEUE_ROUTE = "helpdesk";
    /** The canned responses' route (the view declares the same). */
    public static final String CANNED_ROUTE = "helpdesk/reponses-types";
    static final Set<String> TEAM = Set.of(AppRoles.AGENT, AppRoles.SUPERVISEUR);

    @Override
    public List<Module> modules() {
        return List.of(new Module("helpdesk-queue", QUEUE_ROUTE, TEAM, "INBOX"),
                new Module("helpdesk-canned", CANNED_ROUTE, TEAM, "COMMENTS_O"));
    }
}
