package fr.cpro;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import fr.cpro.security.RunAs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The house rules that a reviewer would otherwise have to remember. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.cpro");
    }

    @Test
    void viewsNeverTouchRepositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(classes);
    }

    @Test
    void repositoriesAreNotPublic() {
        classes().that().areAssignableTo(Repository.class).and().areInterfaces()
                .should().notBePublic()
                .check(classes);
    }

    @Test
    void viewsAreNotSpringBeans() {
        noClasses().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(org.springframework.stereotype.Component.class)
                .orShould().beAnnotatedWith(Service.class)
                .orShould().beAnnotatedWith("com.vaadin.flow.spring.annotation.UIScope")
                .check(classes);
    }

    @Test
    void everyRouteDeclaresWhoMayOpenIt() {
        classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(jakarta.annotation.security.PermitAll.class)
                .orShould().beAnnotatedWith(jakarta.annotation.security.RolesAllowed.class)
                .orShould().beAnnotatedWith(com.vaadin.flow.server.auth.AnonymousAllowed.class)
                .check(classes);
    }

    @Test
    void onlyViewsKnowVaadinComponents() {
        // A catalogue, a service or a record holds data; icons, layouts and widgets belong to ui/.
        // The app shell (Application: stylesheets, meta tags) is the one exception Vaadin imposes.
        noClasses().that().resideOutsideOfPackage("fr.cpro..ui..").and().doNotBelongToAnyOf(Application.class)
                .should().dependOnClassesThat().resideInAPackage("com.vaadin.flow.component..")
                .check(classes);
    }

    @Test
    void onlyTheDemoSeedActsAsTheSupportTeam() {
        // RunAs.supportTeam grants SUPERVISEUR to whoever calls it: the demo seed and the tests only
        // (tests are not imported here). A feature that needs the team's rights takes them from a sign-in.
        noClasses().that().resideOutsideOfPackage("fr.cpro.demo..").and().doNotBelongToAnyOf(RunAs.class)
                .should().accessTargetWhere(JavaAccess.Predicates.target(owner(type(RunAs.class)))
                        .and(JavaAccess.Predicates.target(name("supportTeam"))))
                .as("no class outside fr.cpro.demo calls RunAs.supportTeam")
                .check(classes);
    }

    @Test
    void featuresNeverReachUpToTheRootPackage() {
        // Module cycles and direction are ModulesTest's; it does not see the root package, hence this rule.
        noClasses().that().resideOutsideOfPackage("fr.cpro")
                .should().dependOnClassesThat().resideInAPackage("fr.cpro")
                .check(classes);
    }

    @Test
    void servicesDoNotDependOnViews() {
        // Configuration may name the login view; entities, services and records never know the UI.
        noClasses().that().resideOutsideOfPackage("fr.cpro..ui..").and().areNotAssignableTo(Component.class)
                .and().areNotAnnotatedWith(org.springframework.context.annotation.Configuration.class)
                .should().dependOnClassesThat().resideInAPackage("fr.cpro..ui..")
                .check(classes);
    }
}
