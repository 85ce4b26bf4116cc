package fr.cpro.establishment;

import fr.cpro.CproTest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A school's administrator edits its name and mailbox, never its UAI, and only their own school. */
@CproTest
class SchoolDetailsTest {

    @Autowired
    EstablishmentService establishments;
    @Autowired
    TestSchools schools;

    @Test
    void theAdministratorChangesNameAndMailboxButNotTheUai() {
        var admin = schools.newSchool("Lycée Jean Moulin");

        var saved = schools.as(admin, () -> establishments.updateMySchool(
                new SchoolDetails("  Lycée des métiers Jean Moulin ", "ce.secretariat@ac-versailles.fr ")));

        assertThat(saved.name()).isEqualTo("Lycée des métiers Jean Moulin");
        assertThat(saved.officialEmail()).isEqualTo("ce.secretariat@ac-versailles.fr");
        assertThat(saved.uai()).isEqualTo(admin.login());
        assertThat(schools.as(admin, establishments::mySchool)).isEqualTo(saved);
    }

    @Test
    void badDetailsAreRefusedByTheServiceItselfWithTheFormsFrenchReasons() {
        var admin = schools.newSchool("Lycée Marie Curie");
        // Straight to the service, as a caller that skips the form would.
        assertThat(refusal(admin, new SchoolDetails(" ", "ce@ac-paris.fr")))
                .containsExactly("Saisissez le nom de l'établissement.");
        assertThat(refusal(admin, new SchoolDetails("Lycée", "pas une adresse")))
                .containsExactly("Saisissez une adresse e-mail valide, par exemple ce.0750655E@ac-paris.fr.");
        assertThat(refusal(admin, new SchoolDetails("L".repeat(SchoolDetails.NAME_MAX + 1), "ce@ac-paris.fr")))
                .containsExactly("Le nom de l'établissement ne peut pas dépasser 200 caractères.");
        assertThat(schools.as(admin, establishments::mySchool).name()).isEqualTo("Lycée Marie Curie");
    }

    private List<String> refusal(fr.cpro.security.CproPrincipal admin, SchoolDetails details) {
        var thrown = catchThrowableOfType(ConstraintViolationException.class,
                () -> schools.as(admin, () -> establishments.updateMySchool(details)));
        assertThat(thrown).as("refused").isNotNull();
        return thrown.getConstraintViolations().stream().map(ConstraintViolation::getMessage).toList();
    }

    @Test
    void agentsDoNotEditThroughTheSchoolsOwnMethods() {
        assertThatThrownBy(() -> schools.asAgent(() -> establishments.updateMySchool(
                new SchoolDetails("X", "x@y.fr")))).isInstanceOf(AccessDeniedException.class);
    }
}
