package fr.cpro.helpdesk;

import fr.cpro.account.AccountStatus;
import fr.cpro.base.Translations;
import fr.cpro.home.ModuleCatalogue;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every French name the directory of schools builds from an enum or its module exists. */
class SchoolsTranslationsTest {

    private final Translations translations = new Translations();

    @Test
    void everyComputedKeyOfTheDirectoryExists() {
        var keys = new ArrayList<String>();
        for (var state : SchoolFilter.Account.values()) {
            keys.add(state.labelKey());
        }
        for (var state : SchoolFilter.Subscriptions.values()) {
            keys.add(state.labelKey());
        }
        for (var status : AccountStatus.values()) {
            keys.add(status.labelKey());
        }
        new ModuleCatalogue(List.of(new SchoolsModules())).all().stream()
                .filter(m -> m.key().equals("helpdesk-schools"))
                .forEach(m -> {
                    keys.add(m.titleKey());
                    keys.add(m.descriptionKey());
                });
        assertThat(keys).hasSize(13).allSatisfy(key -> assertThat(translations.has(key)).as(key).isTrue());
    }
}
