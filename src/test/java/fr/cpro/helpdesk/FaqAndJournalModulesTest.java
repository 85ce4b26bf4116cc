package fr.cpro.helpdesk;

import com.vaadin.flow.component.icon.VaadinIcon;
import fr.cpro.CproTest;
import fr.cpro.base.Translations;
import fr.cpro.home.Module;
import fr.cpro.home.ModuleCatalogue;
import fr.cpro.security.CproPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/** Accueil's FAQ and Journal tiles: the FAQ for the whole team, the Journal for supervisors only. */
@CproTest
class FaqAndJournalModulesTest {

    @Autowired ModuleCatalogue catalogue;
    @Autowired UserDetailsService users;

    private java.util.List<String> tilesOf(String login) {
        return catalogue.availableTo((CproPrincipal) users.loadUserByUsername(login)).stream().map(Module::route).toList();
    }

    @Test
    void theFaqTileIsTheTeamsAndTheJournalTileTheSupervisorsOnly() {
        assertThat(tilesOf("agent@cpro.demo")).contains(FaqAndJournalModules.FAQ_ROUTE)
                .doesNotContain(FaqAndJournalModules.JOURNAL_ROUTE);
        assertThat(tilesOf("superviseur@cpro.demo")).contains(FaqAndJournalModules.FAQ_ROUTE,
                FaqAndJournalModules.JOURNAL_ROUTE);
        assertThat(tilesOf("0759999L")).doesNotContain(FaqAndJournalModules.FAQ_ROUTE,
                FaqAndJournalModules.JOURNAL_ROUTE);
    }

    @Test
    void eachTileHasItsFrenchTextsAndAnIconOfItsOwn() {
        var translations = new Translations();
        var modules = new FaqAndJournalModules().modules();
        assertThat(modules).allSatisfy(m -> {
            assertThat(translations.has(m.titleKey())).as(m.titleKey()).isTrue();
            assertThat(translations.has(m.descriptionKey())).as(m.descriptionKey()).isTrue();
        });
        assertThat(modules.stream().map(m -> VaadinIcon.valueOf(m.icon())).distinct()).hasSize(2);
        assertThat(catalogue.all().stream().filter(m -> m.icon() != null).map(Module::icon))
                .as("no other tile has the same icon").doesNotHaveDuplicates();
    }
}
