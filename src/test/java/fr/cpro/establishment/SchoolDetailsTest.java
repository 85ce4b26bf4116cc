package fr.cpro.establishment;

import fr.cpro.CproTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void badDetailsAreRefusedWithTheReason() {
        var admin = schools.newSchool("Lycée Marie Curie");
        assertThatThrownBy(() -> schools.as(admin, () -> establishments.updateMySchool(
                new SchoolDetails(" ", "ce@ac-paris.fr"))))
                .isInstanceOfSatisfying(InvalidSchoolDetailsException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("school.error.name-required"));
        assertThatThrownBy(() -> schools.as(admin, () -> establishments.updateMySchool(
                new SchoolDetails("Lycée", "pas une adresse"))))
                .isInstanceOfSatisfying(InvalidSchoolDetailsException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("school.error.email-invalid"));
        assertThat(schools.as(admin, establishments::mySchool).name()).isEqualTo("Lycée Marie Curie");
    }

    @Test
    void agentsDoNotEditThroughTheSchoolsOwnMethods() {
        assertThatThrownBy(() -> schools.asAgent(() -> establishments.updateMySchool(
                new SchoolDetails("X", "x@y.fr")))).isInstanceOf(AccessDeniedException.class);
    }
}
