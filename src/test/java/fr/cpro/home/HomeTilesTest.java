package fr.cpro.home;

import fr.cpro.CproTest;
import fr.cpro.base.FrenchDates;
import fr.cpro.establishment.TestSchools;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Accueil's tiles follow the school's subscription: valid, ending within 30 days, none. */
@CproTest
class HomeTilesTest {

    @Autowired
    HomeTiles homeTiles;
    @Autowired
    TestSchools schools;
    @Autowired
    FrenchDates dates;

    private Tile subscriptionTile(fr.cpro.security.CproPrincipal admin) {
        return schools.as(admin, () -> homeTiles.tilesFor(admin)).stream()
                .filter(t -> t.module().key().equals(ModuleCatalogue.SUBSCRIPTION)).findFirst().orElseThrow();
    }

    @Test
    void aSchoolSeesAbonnementMonEtablissementEspacePersonnelAndAssistance() {
        var admin = schools.newSchool("Lycée des tuiles");
        var tiles = schools.as(admin, () -> homeTiles.tilesFor(admin));
        assertThat(tiles).extracting(t -> t.module().route())
                .containsExactly("abonnement", "mon-etablissement", "espace-personnel", "assistance",
                        "assistance/tickets");
        var school = tiles.get(1);
        assertThat(school.lines()).extracting(TileText::params).containsExactly(
                java.util.List.of("Lycée des tuiles"), java.util.List.of(admin.login()),
                java.util.List.of("ce." + admin.login() + "@ac-test.fr"), java.util.List.of("Versailles"));
    }

    @Test
    void aLongSubscriptionGivesItsEndDateWithoutWarning() {
        var admin = schools.newSchool("Lycée serein");
        var subscription = schools.subscribe(admin.establishmentId(), "BTS-CPRP", -30, 200);
        var tile = subscriptionTile(admin);
        assertThat(tile.warning()).isFalse();
        assertThat(tile.lines()).containsExactly(TileText.of("home.tile.subscription.diploma", "BTS CPRP"),
                TileText.of("home.tile.subscription.valid", dates.format(
                        subscription.endDate())));
    }

    @Test
    void aSubscriptionEndingWithinThirtyDaysWarnsWithTheDaysLeft() {
        var admin = schools.newSchool("Lycée pressé");
        var subscription = schools.subscribe(admin.establishmentId(), "BACPRO-PLP", -300, 12);
        var tile = subscriptionTile(admin);
        assertThat(tile.warning()).isTrue();
        assertThat(tile.lines()).contains(TileText.of("home.tile.subscription.ending",
                dates.format(subscription.endDate()), "12"));
    }

    @Test
    void aSchoolWithoutSubscriptionIsToldSo() {
        var admin = schools.newSchool("Lycée sans abonnement");
        schools.subscribe(admin.establishmentId(), "CAP-CIP", -400, -3);
        var tile = subscriptionTile(admin);
        assertThat(tile.warning()).isTrue();
        assertThat(tile.lines()).containsExactly(TileText.of("home.tile.subscription.none"));
    }
}
