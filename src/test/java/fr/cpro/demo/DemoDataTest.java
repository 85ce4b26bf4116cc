package fr.cpro.demo;

import fr.cpro.CproTest;
import fr.cpro.establishment.DiplomaService;
import fr.cpro.establishment.EstablishmentService;
import fr.cpro.establishment.SubscriptionStatus;
import fr.cpro.establishment.SubscriptionSummary;
import fr.cpro.establishment.TestSchools;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo seed gives an existing demo school its subscriptions, once. */
@CproTest
class DemoDataTest {

    @Autowired
    DemoData demoData;
    @Autowired
    DiplomaService diplomas;
    @Autowired
    EstablishmentService establishments;
    @Autowired
    TestSchools schools;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDemoSchoolFromBeforeSubscriptionsGetsThreeValidEndingAndExpiredAndARestartAddsNothing() {
        long school = schools.asAgent(() -> establishments.findByUai(DemoData.SCHOOL_UAI).orElseThrow().id());
        // As on a developer's machine that created the demo school before this change.
        jdbc.update("DELETE FROM subscription WHERE establishment_id = ?", school);

        demoData.run(null);
        demoData.run(null);

        var subscriptions = schools.asAgent(() -> diplomas.subscriptionsOf(school));
        assertThat(subscriptions).extracting(s -> s.diploma().code(), SubscriptionSummary::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DemoData.DIPLOMA_EXPIRED, SubscriptionStatus.EXPIRED),
                        org.assertj.core.groups.Tuple.tuple(DemoData.DIPLOMA_VALID, SubscriptionStatus.VALID),
                        org.assertj.core.groups.Tuple.tuple(DemoData.DIPLOMA_ENDING, SubscriptionStatus.EXPIRING));
    }
}
