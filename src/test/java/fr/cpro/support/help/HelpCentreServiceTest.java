package fr.cpro.support.help;

import fr.cpro.CproTest;
import fr.cpro.account.AccountService;
import fr.cpro.establishment.EstablishmentService;
import fr.cpro.security.RunAs;
import fr.cpro.security.Uai;
import fr.cpro.support.SupportCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The help centre on MariaDB: seeded content, the most-consulted ranking, search, security. */
@CproTest
@WithUserDetails("0759999L")
class HelpCentreServiceTest {

    @Autowired
    HelpCentreService help;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    EstablishmentService establishments;
    @Autowired
    AccountService accounts;

    LocalDate today;
    long a;
    long b;
    long c;

    @BeforeEach
    void startFromNoConsultation() {
        jdbc.sql("DELETE FROM help_consultation").update();
        today = LocalDate.of(2026, 3, 16);
        List<Long> schools = threeSchools();
        a = schools.get(0);
        b = schools.get(1);
        c = schools.get(2);
    }

    @Test
    void everyCategoryHasAtLeastFourQuestionsInEditorialOrder() {
        for (SupportCategory category : SupportCategory.values()) {
            var questions = help.questions(category);
            assertThat(questions).as(category.name()).hasSizeGreaterThanOrEqualTo(4)
                    .allSatisfy(q -> {
                        assertThat(q.category()).isEqualTo(category);
                        assertThat(q.question()).endsWith("?");
                        assertThat(q.answer()).hasSizeGreaterThan(100);
                    });
        }
        assertThat(help.questions(SupportCategory.COMPTE_UTILISATEUR)).extracting(HelpQuestion::question)
                .startsWith("J'ai oublié mon mot de passe : comment en choisir un nouveau ?")
                .contains("Le lien d'activation reçu par e-mail a expiré : que faire ?",
                        "Comment changer l'adresse e-mail de mon compte ?");
        assertThat(help.questions(SupportCategory.ABONNEMENT)).extracting(HelpQuestion::question)
                .contains("Comment renouveler l'abonnement de l'établissement ?",
                        "Comment ajouter un diplôme à l'abonnement ?");
        assertThat(help.questions(SupportCategory.UTILISATION)).extracting(HelpQuestion::question)
                .contains("Que signifie le statut de mon ticket ?",
                        "Quelle taille de fichier puis-je joindre à un ticket ?");
    }

    @Test
    void withoutConsultationsTheFrequentQuestionsFollowTheEditorialOrder() {
        assertThat(help.mostConsulted(today)).extracting(HelpQuestion::id)
                .containsExactly(entry(10), entry(20), entry(30));
        // One essential question of each category.
        assertThat(help.mostConsulted()).extracting(HelpQuestion::category)
                .containsExactly(SupportCategory.COMPTE_UTILISATEUR, SupportCategory.ABONNEMENT,
                        SupportCategory.UTILISATION);
    }

    @Test
    void theMostConsultedCountDistinctUsersAndDaysOverNinetyDays() {
        long e1 = entry(180);
        long e2 = entry(170);
        long e3 = entry(160);
        long e4 = entry(150);
        // e1: three users -> 3
        help.recordConsultation(a, e1, today);
        help.recordConsultation(b, e1, today);
        help.recordConsultation(c, e1, today.minusDays(10));
        // e2: one user twice today (counted once) and yesterday -> 2
        help.recordConsultation(a, e2, today);
        help.recordConsultation(a, e2, today);
        help.recordConsultation(a, e2, today.minusDays(1));
        // e3: 89 days ago is the 90th day of the window -> 1; 90 days ago is out
        help.recordConsultation(b, e3, today.minusDays(89));
        help.recordConsultation(c, e3, today.minusDays(90));
        // e4: read a lot, but long ago -> 0
        help.recordConsultation(a, e4, today.minusDays(90));
        help.recordConsultation(b, e4, today.minusDays(120));
        help.recordConsultation(c, e4, today.minusDays(365));

        assertThat(help.mostConsulted(today)).extracting(HelpQuestion::id).containsExactly(e1, e2, e3);
        assertThat(consultations(a, e2)).as("once per user, entry and day").isEqualTo(2);
    }

    @Test
    void theNinetyDayWindowEndsExactly() {
        long late = entry(180);
        help.recordConsultation(a, late, today.minusDays(89));
        assertThat(help.mostConsulted(today)).extracting(HelpQuestion::id).first().isEqualTo(late);
        // One day later the consultation has left the window: back to the editorial order.
        assertThat(help.mostConsulted(today.plusDays(1))).extracting(HelpQuestion::id)
                .containsExactly(entry(10), entry(20), entry(30));
        // Consultations after "today" do not count either (the window is relative to the clock).
        assertThat(help.mostConsulted(today.minusDays(90))).extracting(HelpQuestion::id)
                .containsExactly(entry(10), entry(20), entry(30));
    }

    @Test
    void tiesFollowTheEditorialOrderAndAnUnreadEntryCompletesTheList() {
        long e180 = entry(180);
        long e120 = entry(120);
        long e90 = entry(90);
        for (long entry : List.of(e180, e120, e90)) {
            help.recordConsultation(a, entry, today);
            help.recordConsultation(b, entry, today.minusDays(3));
        }
        assertThat(help.mostConsulted(today)).extracting(HelpQuestion::id).containsExactly(e90, e120, e180);

        jdbc.sql("DELETE FROM help_consultation").update();
        help.recordConsultation(c, e180, today);
        assertThat(help.mostConsulted(today)).extracting(HelpQuestion::id).containsExactly(e180, entry(10), entry(20));
    }

    @Test
    void theSchoolRecordsWhatItReadsOncePerDay() {
        long entry = entry(140);
        long me = jdbc.sql("SELECT id FROM account WHERE login = '0759999L'").query(Long.class).single();
        help.recordConsultation(entry);
        help.recordConsultation(entry);
        help.recordConsultation(entry);

        assertThat(jdbc.sql("SELECT consulted_on FROM help_consultation WHERE account_id = ? AND entry_id = ?")
                .params(me, entry).query(LocalDate.class).list()).containsExactly(LocalDate.now(clock));
        assertThat(help.mostConsulted()).extracting(HelpQuestion::id).first().isEqualTo(entry);
    }

    @Test
    void anUnknownEntryIsRefused() {
        assertThatThrownBy(() -> help.recordConsultation(-1)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    @WithUserDetails("agent@cpro.demo")
    void agentsReadButTheirReadingDoesNotCount() {
        assertThat(help.search("mot de passe").total()).isPositive();
        assertThatThrownBy(() -> help.recordConsultation(entry(10))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobodySignedInReadsNothing() {
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> help.search("mot de passe"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> help.questions(SupportCategory.ABONNEMENT))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void searchIgnoresCaseAndAccents() {
        assertThat(help.search("desinscrire").questions()).extracting(HelpQuestion::question)
                .containsExactly("Comment résilier l'abonnement ou désinscrire l'établissement ?");
        assertThat(help.search("DÉSINSCRIRE").total()).isEqualTo(1);

        var abonnement = help.search("abonnement");
        assertThat(abonnement.questions()).extracting(HelpQuestion::category)
                .contains(SupportCategory.ABONNEMENT, SupportCategory.UTILISATION);
        // "Abonnement" with a capital, in « Abonnement », is found by the lower-case word.
        assertThat(abonnement.questions()).anySatisfy(q -> assertThat(q.answer()).contains("« Abonnement »"));
        assertThat(help.search("ABONNEMENT").total()).isEqualTo(abonnement.total());
    }

    @Test
    void searchFindsEveryWordAndListsMatchingQuestionsFirst() {
        var result = help.search("Mot de passe");
        assertThat(result.total()).isGreaterThanOrEqualTo(3);
        assertThat(result.questions()).allSatisfy(q ->
                assertThat((q.question() + q.answer()).toLowerCase()).contains("mot", "passe"));
        assertThat(result.questions().get(0).question()).isEqualTo(
                "J'ai oublié mon mot de passe : comment en choisir un nouveau ?");
        assertThat(result.questions().get(1).question()).isEqualTo("Comment modifier mon mot de passe ?");

        // Words in any order, apostrophes split words.
        assertThat(help.search("l'activation lien").questions()).extracting(HelpQuestion::question)
                .first().isEqualTo("Le lien d'activation reçu par e-mail a expiré : que faire ?");
        assertThat(help.search("fichier taille").questions()).extracting(HelpQuestion::question)
                .containsExactly("Quelle taille de fichier puis-je joindre à un ticket ?");
    }

    @Test
    void percentAndUnderscoreAreTakenLiterally() {
        // Unescaped, "%%" would match every entry and "d_activation" would match "d'activation".
        assertThat(help.search("%%").total()).isZero();
        assertThat(help.search("d_activation").total()).isZero();
        assertThat(help.search("   ").total()).isZero();
        assertThat(help.search(null).questions()).isEmpty();
    }

    private long entry(int editorialOrder) {
        return jdbc.sql("SELECT id FROM help_entry WHERE editorial_order = ?").param(editorialOrder)
                .query(Long.class).single();
    }

    private int consultations(long account, long entry) {
        return jdbc.sql("SELECT COUNT(*) FROM help_consultation WHERE account_id = ? AND entry_id = ?")
                .params(account, entry).query(Integer.class).single();
    }

    /** Three schools' administrators (created once in the test database), as the support team would. */
    private List<Long> threeSchools() {
        return RunAs.supportTeam("test-seed", () -> {
            var ids = new ArrayList<Long>();
            for (String digits : List.of("0759101", "0759102", "0759103")) {
                String uai = digits + Uai.checkLetter(digits);
                if (establishments.findByUai(uai).isEmpty()) {
                    var school = establishments.create(uai, "Lycée d'essai " + digits, "ce." + uai + "@ac-paris.fr",
                            "Paris");
                    accounts.createSchoolAdministrator(school, "Test", digits, "mot-de-passe-d-essai");
                }
                ids.add(jdbc.sql("SELECT id FROM account WHERE login = ?").param(uai).query(Long.class).single());
            }
            return ids;
        });
    }
}
