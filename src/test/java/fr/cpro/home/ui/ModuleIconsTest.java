package fr.cpro.home.ui;

import fr.cpro.home.Module;
import fr.cpro.home.ModuleCatalogue;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModuleIconsTest {

    @Test
    void everyModuleOfTheCatalogueHasItsOwnIcon() {
        var modules = new ModuleCatalogue().all();
        var icons = modules.stream().map(ModuleIcons::of).distinct().toList();
        assertThat(icons).hasSameSizeAs(modules);
    }

    @Test
    void aModuleWithoutAnIconIsRefusedRatherThanShownBlank() {
        assertThatThrownBy(() -> ModuleIcons.of(new Module("unknown", "nowhere", Set.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown");
    }
}
