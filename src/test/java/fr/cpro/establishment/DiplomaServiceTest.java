package fr.cpro.establishment;

import fr.cpro.CproTest;
import fr.cpro.security.CproPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The subscription rules on MariaDB: valid, ending within 30 days, expired, none; and the active
 * diploma that follows them. Dates are relative to the application's clock.
 */
@CproTest
class DiplomaServiceTest {

    @Autowired
    DiplomaService diplomas;
    @Autowired
    TestSchools schools;

    @Test
    void theCatalogueHoldsRealDiplomasOfTheIndustrialSector() {
        var catalogue = schools.catalogue();
        assertThat(catalogue).hasSizeGreaterThanOrEqualTo(8);
        assertThat(catalogue).extracting(DiplomaSummary::shortName).contains("CAP Électricien", "Bac Pro MELEC",
                "Bac Pro MSPC", "Bac Pro TU", "Bac Pro MFER", "BTS Électrotechnique", "BTS CRSA");
        assertThat(catalogue).filteredOn(d -> d.code().equals("BACPRO-MELEC")).singleElement()
                .extracting(DiplomaSummary::title)
                .isEqualTo("Métiers de l'électricité et de ses environnements connectés");
        assertThat(catalogue).extracting(DiplomaSummary::level).as("CAP, then Bac Pro, then BTS")
                .isSortedAccordingTo(Enum::compareTo);
    }

    @Test
    void aSubscriptionRunningForLongIsValidAndBecomesTheActiveDiplomaAtFirstSignIn() {
        var admin = schools.newSchool("Lycée valide");
        schools.subscribe(admin.establishmentId(), "BACPRO-MSPC", -100, 400);

        var active = schools.as(admin, diplomas::myActiveSubscription).orElseThrow();

        assertThat(active.status()).isEqualTo(SubscriptionStatus.VALID);
        assertThat(active.diploma().shortName()).isEqualTo("Bac Pro MSPC");
        assertThat(active.daysLeft()).isEqualTo(400);
        assertThat(schools.as(admin, diplomas::myActiveDiploma)).map(DiplomaSummary::code)
                .contains("BACPRO-MSPC");
    }

    @Test
    void aSubscriptionEndingWithinThirtyDaysWarnsButCanStillBeChosen() {
        var admin = schools.newSchool("Lycée bientôt échu");
        schools.subscribe(admin.establishmentId(), "BTS-CRSA", -300, 30);
        schools.subscribe(admin.establishmentId(), "BACPRO-TU", -300, 31);

        var all = schools.as(admin, () -> diplomas.mySubscriptions(PageRequest.of(0, 10)));

        assertThat(all).extracting(s -> s.diploma().code(), SubscriptionSummary::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("BACPRO-TU", SubscriptionStatus.VALID),
                org.assertj.core.groups.Tuple.tuple("BTS-CRSA", SubscriptionStatus.EXPIRING));
        var chosen = schools.as(admin, () -> diplomas.changeMyDiploma(schools.diplomaId("BTS-CRSA")));
        assertThat(chosen.shortName()).isEqualTo("BTS CRSA");
        assertThat(schools.as(admin, diplomas::myActiveSubscription)).get()
                .extracting(SubscriptionSummary::status).isEqualTo(SubscriptionStatus.EXPIRING);
    }

    @Test
    void anExpiredSubscriptionIsListedButCannotBeChosenAndTheFirstValidOneIsActive() {
        var admin = schools.newSchool("Lycée expiré");
        // The expired CAP comes first in the catalogue: the first sign-in must skip it.
        schools.subscribe(admin.establishmentId(), "CAP-ELEC", -400, -1);
        schools.subscribe(admin.establishmentId(), "BACPRO-MELEC", -10, 300);

        var choices = schools.as(admin, diplomas::myDiplomaChoices);

        assertThat(choices.subscriptions()).extracting(s -> s.diploma().code()).containsExactly("CAP-ELEC",
                "BACPRO-MELEC");
        assertThat(choices.subscriptions().getFirst().status()).isEqualTo(SubscriptionStatus.EXPIRED);
        assertThat(choices.active()).map(DiplomaSummary::code).contains("BACPRO-MELEC");
        assertThatThrownBy(() -> schools.as(admin, () -> diplomas.changeMyDiploma(schools.diplomaId("CAP-ELEC"))))
                .isInstanceOfSatisfying(DiplomaNotSelectableException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("diploma.error.expired");
                    assertThat(e.date()).isEqualTo(schools.today().minusDays(1));
                });
        assertThat(schools.as(admin, diplomas::myActiveDiploma)).map(DiplomaSummary::code)
                .as("unchanged by the refusal").contains("BACPRO-MELEC");
    }

    @Test
    void aSchoolWithoutSubscriptionHasNothingToChooseAndNoActiveDiploma() {
        var admin = schools.newSchool("Lycée sans abonnement");

        var choices = schools.as(admin, diplomas::myDiplomaChoices);

        assertThat(choices.subscriptions()).isEmpty();
        assertThat(choices.anyUsable()).isFalse();
        assertThat(choices.active()).isEmpty();
        assertThat(schools.as(admin, diplomas::myActiveSubscription)).isEmpty();
        assertThatThrownBy(() -> schools.as(admin, () -> diplomas.changeMyDiploma(schools.diplomaId("BTS-MS"))))
                .isInstanceOfSatisfying(DiplomaNotSelectableException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("diploma.error.not-subscribed"));
    }

    @Test
    void theChoiceIsStoredPerUserAndFallsBackWhenItsSubscriptionExpires() {
        var admin = schools.newSchool("Lycée qui change");
        schools.subscribe(admin.establishmentId(), "BACPRO-MELEC", -10, 300);
        schools.subscribe(admin.establishmentId(), "BTS-ELEC", -10, 300);
        schools.as(admin, () -> diplomas.changeMyDiploma(schools.diplomaId("BTS-ELEC")));

        // A new session reads the stored choice.
        assertThat(schools.as(admin, diplomas::myActiveDiploma)).map(DiplomaSummary::code)
                .contains("BTS-ELEC");

        // The support team ends the BTS subscription: the user lands on the first valid diploma.
        schools.subscribe(admin.establishmentId(), "BTS-ELEC", -300, -1);
        assertThat(schools.as(admin, diplomas::myActiveDiploma)).map(DiplomaSummary::code)
                .contains("BACPRO-MELEC");
    }

    @Test
    void aSubscriptionThatHasNotStartedCannotBeChosen() {
        var admin = schools.newSchool("Lycée à venir");
        schools.subscribe(admin.establishmentId(), "BACPRO-MFER", 5, 370);

        assertThat(schools.as(admin, diplomas::myActiveSubscription)).isEmpty();
        assertThatThrownBy(() -> schools.as(admin, () -> diplomas.changeMyDiploma(schools.diplomaId("BACPRO-MFER"))))
                .isInstanceOfSatisfying(DiplomaNotSelectableException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("diploma.error.upcoming"));
    }

    @Test
    void aSchoolOnlyEverSeesAndChangesItsOwnSubscriptions() {
        var mine = schools.newSchool("Lycée A");
        var other = schools.newSchool("Lycée B");
        schools.subscribe(mine.establishmentId(), "BACPRO-MELEC", -10, 300);
        schools.subscribe(other.establishmentId(), "BTS-CPI", -10, 300);

        assertThat(schools.as(mine, () -> diplomas.mySubscriptions(PageRequest.of(0, 10))))
                .extracting(s -> s.diploma().code()).containsExactly("BACPRO-MELEC");
        assertThatThrownBy(() -> schools.as(mine, () -> diplomas.changeMyDiploma(schools.diplomaId("BTS-CPI"))))
                .as("the other school's diploma").isInstanceOf(DiplomaNotSelectableException.class);
        // The active diploma takes no school or user: each school reads its own, and only its own.
        assertThat(schools.as(mine, diplomas::myActiveDiploma)).map(DiplomaSummary::code).contains("BACPRO-MELEC");
        assertThat(schools.as(other, diplomas::myActiveDiploma)).map(DiplomaSummary::code).contains("BTS-CPI");
        assertThat(schools.as(mine, diplomas::myActiveSubscription)).map(s -> s.diploma().code())
                .contains("BACPRO-MELEC");
        assertThatThrownBy(() -> schools.as(mine, () -> diplomas.subscriptionsOf(other.establishmentId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> schools.as(mine, () -> diplomas.subscribe(mine.establishmentId(), "BTS-CPI",
                schools.today(), schools.today().plusYears(1), 10)))
                .as("a school cannot subscribe itself").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void agentsHaveNoActiveDiploma() {
        var agent = new CproPrincipal(0, "agent@test", null, "A", "B", fr.cpro.security.AppRoles.AGENT, null, true);
        assertThat(schools.as(agent, diplomas::myActiveDiploma)).isEmpty();
    }

    @Test
    void subscribingTwiceRenewsTheSameSubscription() {
        var admin = schools.newSchool("Lycée renouvelé");
        var first = schools.subscribe(admin.establishmentId(), "BTS-MS", -300, 10);
        var renewed = schools.subscribe(admin.establishmentId(), "BTS-MS", -300, 375);

        assertThat(renewed.id()).isEqualTo(first.id());
        assertThat(renewed.status()).isEqualTo(SubscriptionStatus.VALID);
        assertThat(schools.asAgent(() -> diplomas.subscriptionsOf(admin.establishmentId()))).hasSize(1);
        assertThatThrownBy(() -> schools.subscribe(admin.establishmentId(), "BTS-MS", 10, 5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
