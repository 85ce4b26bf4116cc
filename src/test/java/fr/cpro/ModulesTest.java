package fr.cpro;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The features' boundaries as Spring Modulith sees them: every top-level package under {@code fr.cpro} is a
 * module, its sub-packages are internal unless named as an interface, and the dependencies follow the
 * direction written in {@code fr/cpro/package-info.java} without cycles.
 */
class ModulesTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void modulesFollowTheWrittenDirection() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() throws Exception {
        var output = Path.of("target", "spring-modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(output.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        assertThat(output.resolve("components.puml")).exists();
        assertThat(output.resolve("module-support.adoc")).exists();
        try (var files = Files.list(output)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .contains("module-support.puml", "module-base.puml", "module-security.puml");
        }
    }
}
