package fr.cpro.helpdesk;

import fr.cpro.home.Module;
import fr.cpro.home.ModuleProvider;
import fr.cpro.security.AppRoles;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/** The back office's FAQ and Journal tiles on Accueil: the FAQ for the whole team, the Journal for supervisors. */
@Component
public class FaqAndJournalModules implements ModuleProvider {

    /** The FAQ editor's route (its view declares the same). */
    public static final String FAQ_ROUTE = "helpdesk/faq";
    /** The Journal's route (its view declares the same). */
    public static final String JOURNAL_ROUTE = "helpdesk/journal";

    @Override
    public List<Module> modules() {
        return List.of(new Module("helpdesk-faq", FAQ_ROUTE, Set.of(AppRoles.AGENT, AppRoles.SUPERVISEUR), "BOOK"),
                new Module("helpdesk-journal", JOURNAL_ROUTE, Set.of(AppRoles.SUPERVISEUR), "CLIPBOARD_TEXT"));
    }
}
