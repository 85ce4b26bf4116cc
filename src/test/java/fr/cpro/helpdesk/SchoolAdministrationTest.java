package fr.cpro.helpdesk;

import fr.cpro.CproTest;
import fr.cpro.TestAccounts;
import fr.cpro.account.AccountLifecycleService;
import fr.cpro.account.AccountStatus;
import fr.cpro.account.SchoolAccount;
import fr.cpro.account.TokenRefusedException;
import fr.cpro.base.Translations;
import fr.cpro.establishment.DiplomaService;
import fr.cpro.establishment.DirectoryDetails;
import fr.cpro.establishment.EstablishmentService;
import fr.cpro.establishment.EstablishmentSummary;
import fr.cpro.establishment.OfficialMailbox;
import fr.cpro.establishment.SchoolRefusedException;
import fr.cpro.establishment.SubscriptionStatus;
import fr.cpro.establishment.SubscriptionSummary;
import fr.cpro.establishment.TestSchools;
import fr.cpro.security.AuditEvent;
import fr.cpro.security.AuditLog;
import fr.cpro.security.CproPrincipal;
import fr.cpro.security.Uai;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The support team's actions on schools, on real MariaDB, as an agent does them and as the school then sees them. */
@CproTest
class SchoolAdministrationTest {

    static final String AGENT = "agent@cpro.demo";
    static final String PASSWORD = "Un mot de passe assez long";

    @Autowired SchoolAdministration administration;
    @Autowired SchoolDirectory directory;
    @Autowired AccountLifecycleService lifecycle;
    @Autowired EstablishmentService establishments;
    @Autowired DiplomaService diplomas;
    @Autowired TestAccounts testAccounts;
    @Autowired TestSchools testSchools;
    @Autowired Translations translations;
    @Autowired AuthenticationManager authenticationManager;
    @Autowired SessionRegistry registry;
    @Autowired UserDetailsService users;
    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;

    private final String tag = "t" + Long.toString(System.nanoTime(), 36);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private <T> T asAgent(Supplier<T> action) {
        return testAccounts.as(AGENT, action);
    }

    private String french(SchoolRefusedException e) {
        return translations.getTranslation(e.messageKey(), Translations.FRENCH, e.params());
    }

    private String freeUai() {
        while (true) {
            String digits = "07" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
            String uai = digits + Uai.checkLetter(digits);
            if (asAgent(() -> establishments.findByUai(uai)).isEmpty()) {
                return uai;
            }
        }
    }

    private EstablishmentSummary register(String uai, String academie, String town, boolean sendLink) {
        var details = new DirectoryDetails("Lycée " + tag, OfficialMailbox.suggest(uai, academie), academie, town);
        return asAgent(() -> administration.register(uai, details, sendLink));
    }

    private List<SchoolRow> rows(SchoolFilter filter) {
        return asAgent(() -> directory.find(filter, List.of(), 0, 50));
    }

    private Authentication signIn(String login, String password) {
        return authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(login, password));
    }

    @Test
    void aWrongCheckLetterAMalformedCodeOrATakenUaiIsRefusedInFrench() {
        var details = new DirectoryDetails("Lycée " + tag, "ce.x@ac-paris.fr", "Paris", null);
        var wrongLetter = catchThrowable(() -> asAgent(() -> administration.register("0750655A", details, false)));
        assertThat(wrongLetter).isInstanceOfSatisfying(SchoolRefusedException.class, e -> assertThat(french(e))
                .isEqualTo("La lettre clé du code UAI 0750655A est incorrecte : vérifiez le code dans l'annuaire de l'Éducation nationale."));

        var malformed = catchThrowable(() -> asAgent(() -> administration.register("75-655", details, false)));
        assertThat(malformed).isInstanceOfSatisfying(SchoolRefusedException.class,
                e -> assertThat(french(e)).startsWith("« 75-655 » n'est pas un code UAI"));

        // Typed as at sign-in (lower case, spaces): still the demo school's UAI.
        var taken = catchThrowable(() -> asAgent(() -> administration.register(" 0759999l ", details, false)));
        assertThat(taken).isInstanceOfSatisfying(SchoolRefusedException.class, e -> assertThat(french(e))
                .isEqualTo("Un établissement porte déjà le code UAI 0759999L : Lycée professionnel de démonstration."));
        assertThat(asAgent(() -> directory.count(new SchoolFilter(tag, null, null)))).as("nothing registered").isZero();
    }

    @Test
    void theOfficialMailboxIsSuggestedFromTheUaiAndTheAcademieWrittenPlainly() {
        assertThat(OfficialMailbox.suggest("0130001G", "Aix-Marseille")).isEqualTo("ce.0130001G@ac-aix-marseille.fr");
        assertThat(OfficialMailbox.suggest("0451442K", " Orléans-Tours ")).isEqualTo("ce.0451442K@ac-orleans-tours.fr");
        assertThat(OfficialMailbox.suggest("9741230A", "La Réunion")).isEqualTo("ce.9741230A@ac-la-reunion.fr");
        assertThat(OfficialMailbox.suggest("0130001G", "")).isEmpty();
    }

    @Test
    void aSchoolCreatedByHandAwaitsActivationAndAResentLinkVoidsTheOldOne() {
        String uai = freeUai();
        var school = register(uai, "Aix-Marseille", "Marseille " + tag, true);
        assertThat(school.officialEmail()).isEqualTo("ce." + uai + "@ac-aix-marseille.fr");
        assertThat(school.town()).isEqualTo("Marseille " + tag);

        SchoolAccount pending = asAgent(() -> administration.find(uai)).orElseThrow().account().orElseThrow();
        assertThat(pending.status()).isEqualTo(AccountStatus.PENDING);
        assertThat(pending.login()).isEqualTo(uai);
        assertThat(pending.activationLink().sentAt()).isNotNull();
        assertThat(pending.activationLink().usedAt()).isNull();
        String first = testAccounts.latestToken(school.officialEmail(), "activation/");

        assertThat(asAgent(() -> administration.sendActivation(school.id()))).isEqualTo(school.officialEmail());
        String second = testAccounts.latestToken(school.officialEmail(), "activation/");
        assertThat(second).isNotEqualTo(first);
        assertThatThrownBy(() -> lifecycle.activate(first, "Inès", "Moreau", PASSWORD))
                .isInstanceOfSatisfying(TokenRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(TokenRefusedException.Reason.REPLACED));

        lifecycle.activate(second, "Inès", "Moreau", PASSWORD);
        SecurityContextHolder.clearContext();
        SchoolAccount active = asAgent(() -> administration.find(uai)).orElseThrow().account().orElseThrow();
        assertThat(active.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(active.displayName()).isEqualTo("Inès MOREAU");
        assertThat(active.activationLink().usedAt()).isNotNull();
        assertThat(signIn(uai.toLowerCase(), PASSWORD).isAuthenticated()).isTrue();

        // Once active, there is no activation link to send: the administrator uses "Mot de passe oublié".
        var refused = catchThrowable(() -> asAgent(() -> administration.sendActivation(school.id())));
        assertThat(refused).isInstanceOfSatisfying(SchoolRefusedException.class,
                e -> assertThat(french(e)).startsWith("Ce compte est déjà activé"));
        assertThat(asAgent(() -> audit.latest(uai, 20))).extracting(AuditEvent::getType)
                .contains(AuditEvent.Type.SCHOOL_CREATED, AuditEvent.Type.ACTIVATION_LINK_SENT, AuditEvent.Type.ACTIVATION);
    }

    @Test
    void aSchoolRegisteredWithoutSendingGetsItsFirstLinkOnlyWhenAsked() {
        String uai = freeUai();
        var school = register(uai, "Lille", null, false);
        var account = asAgent(() -> administration.find(uai)).orElseThrow().account().orElseThrow();
        assertThat(account.activationLink()).as("no link sent yet").isNull();
        asAgent(() -> administration.sendActivation(school.id()));
        assertThat(testAccounts.latestToken("ce." + uai + "@ac-lille.fr", "activation/")).isNotBlank();
    }

    @Test
    void aDisabledAccountCannotSignInItsSessionsEndAndItsLinksStopWorking() {
        var school = testAccounts.activeSchool("Rémi", "Fabre", PASSWORD);
        var principal = ((CproPrincipal) users.loadUserByUsername(school.uai())).withoutPassword();
        String sessionId = "session-" + tag;
        registry.registerNewSession(sessionId, principal);
        assertThat(signIn(school.uai(), PASSWORD).isAuthenticated()).isTrue();

        var disabled = asAgent(() -> administration.disable(school.id()));
        assertThat(disabled.status()).isEqualTo(AccountStatus.DISABLED);
        assertThat(registry.getSessionInformation(sessionId)).as("this instance's session ended").isNull();
        assertThatThrownBy(() -> signIn(school.uai(), PASSWORD)).isExactlyInstanceOf(BadCredentialsException.class);
        assertThat(asAgent(() -> directory.find(new SchoolFilter(school.uai(), SchoolFilter.Account.DISABLED, null),
                List.of(), 0, 10))).extracting(SchoolRow::uai).containsExactly(school.uai());

        asAgent(() -> administration.enable(school.id()));
        assertThat(signIn(school.uai(), PASSWORD).isAuthenticated()).isTrue();
        assertThat(asAgent(() -> audit.latest(school.uai(), 20))).extracting(AuditEvent::getType)
                .contains(AuditEvent.Type.ACCOUNT_DISABLED, AuditEvent.Type.ACCOUNT_ENABLED);
    }

    @Test
    void disablingAPendingAccountVoidsItsActivationLink() {
        var school = testAccounts.pendingSchool();
        String token = testAccounts.latestToken(school.officialEmail(), "activation/");
        asAgent(() -> administration.disable(school.id()));
        assertThatThrownBy(() -> lifecycle.activate(token, "Léa", "Roux", PASSWORD))
                .isInstanceOf(TokenRefusedException.class);
        var refused = catchThrowable(() -> asAgent(() -> administration.sendActivation(school.id())));
        assertThat(refused).isInstanceOfSatisfying(SchoolRefusedException.class,
                e -> assertThat(french(e)).startsWith("Ce compte est désactivé"));
    }

    @Test
    void aRevocationWrittenByAnotherInstanceEndsTheSessionHereWithinTenSeconds() {
        var school = testAccounts.activeSchool("Noé", "Lambert", PASSWORD);
        var principal = ((CproPrincipal) users.loadUserByUsername(school.uai())).withoutPassword();
        String sessionId = "session-elsewhere-" + tag;
        registry.registerNewSession(sessionId, principal);
        // What another instance's disabling leaves in the shared database, and nothing in this one's memory.
        jdbc.sql("insert into session_revocation (account_id) values (:id)").param("id", principal.accountId()).update();

        long started = System.nanoTime();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> registry.getSessionInformation(sessionId) == null);
        assertThat(registry.getSessionInformation(sessionId)).as("ended within 10 s").isNull();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void subscriptionsAddedExtendedAndEndedShowOnTheSchoolsSideAtOnce() {
        CproPrincipal admin = testSchools.newSchool("Lycée " + tag);
        long id = admin.establishmentId();
        LocalDate today = testSchools.today();
        assertThat(testSchools.as(admin, () -> diplomas.myActiveSubscription())).isEmpty();
        assertThat(rows(new SchoolFilter(admin.login(), null, SchoolFilter.Subscriptions.NEVER)))
                .hasSize(1);

        var added = asAgent(() -> administration.addSubscription(id, "BACPRO-MSPC", today.minusDays(10), today.plusDays(20), 30));
        assertThat(testSchools.as(admin, () -> diplomas.myActiveSubscription())).get()
                .satisfies(s -> {
                    assertThat(s.diploma().code()).isEqualTo("BACPRO-MSPC");
                    assertThat(s.status()).isEqualTo(SubscriptionStatus.EXPIRING);
                });
        assertThat(rows(new SchoolFilter(admin.login(), null, SchoolFilter.Subscriptions.ENDING)))
                .singleElement().satisfies(r -> assertThat(r.nextEnd()).isEqualTo(today.plusDays(20)));

        var twice = catchThrowable(() -> asAgent(() -> administration.addSubscription(id, "BACPRO-MSPC", today, today.plusDays(5), 1)));
        assertThat(twice).isInstanceOfSatisfying(SchoolRefusedException.class,
                e -> assertThat(french(e)).contains("Bac Pro MSPC", "prolongez-le"));

        asAgent(() -> administration.extend(id, added.id(), today.plusDays(200)));
        assertThat(testSchools.as(admin, () -> diplomas.myActiveSubscription())).get()
                .satisfies(s -> {
                    assertThat(s.endDate()).isEqualTo(today.plusDays(200));
                    assertThat(s.status()).isEqualTo(SubscriptionStatus.VALID);
                });
        var earlier = catchThrowable(() -> asAgent(() -> administration.extend(id, added.id(), today.plusDays(100))));
        assertThat(earlier).isInstanceOf(SchoolRefusedException.class);

        asAgent(() -> {
            administration.end(id, added.id(), "Bac Pro MSPC");
            return null;
        });
        assertThat(testSchools.as(admin, () -> diplomas.myActiveSubscription())).isEmpty();
        assertThat(testSchools.as(admin, () -> diplomas.mySubscriptions(PageRequest.of(0, 10))))
                .singleElement().satisfies(s -> {
                    assertThat(s.status()).isEqualTo(SubscriptionStatus.EXPIRED);
                    assertThat(s.endDate()).isEqualTo(today.minusDays(1));
                });
        assertThat(rows(new SchoolFilter(admin.login(), null, SchoolFilter.Subscriptions.NONE_RUNNING)))
                .hasSize(1);

        // One that has not started yet is withdrawn altogether.
        SubscriptionSummary upcoming = asAgent(() -> administration.addSubscription(id, "BTS-MS", today.plusDays(30), today.plusDays(400), 10));
        asAgent(() -> {
            administration.end(id, upcoming.id(), "BTS MS");
            return null;
        });
        assertThat(testSchools.as(admin, () -> diplomas.mySubscriptions(PageRequest.of(0, 10))))
                .extracting(s -> s.diploma().code()).containsExactly("BACPRO-MSPC");
        assertThat(asAgent(() -> audit.latest(admin.login(), 20))).extracting(AuditEvent::getType)
                .contains(AuditEvent.Type.SUBSCRIPTION_ADDED, AuditEvent.Type.SUBSCRIPTION_EXTENDED,
                        AuditEvent.Type.SUBSCRIPTION_ENDED);
    }

    @Test
    void theDirectoryFindsSchoolsByUaiTypedCarelesslyByTownAndByAccountStateAndSortsInSql() {
        String a = freeUai();
        String b = freeUai();
        register(a, "Normandie", "Saint-Étienne-du-Rouvray " + tag, false);
        register(b, "Normandie", "Évreux " + tag, false);

        String typed = " " + a.substring(0, 4) + " " + a.substring(4).toLowerCase() + " ";
        assertThat(rows(new SchoolFilter(typed, null, null))).extracting(SchoolRow::uai)
                .containsExactly(a);
        assertThat(rows(new SchoolFilter("rouvray " + tag, null, null)))
                .singleElement().satisfies(r -> {
                    assertThat(r.uai()).isEqualTo(a);
                    assertThat(r.account()).isEqualTo(SchoolFilter.Account.PENDING);
                    assertThat(r.accountSince()).isNotNull();
                });
        assertThat(asAgent(() -> directory.count(new SchoolFilter(tag, SchoolFilter.Account.PENDING, null)))).isEqualTo(2);
        assertThat(asAgent(() -> directory.count(new SchoolFilter(tag, SchoolFilter.Account.ACTIVE, null)))).isZero();
        var byTownDown = asAgent(() -> directory.find(new SchoolFilter(tag, null, null),
                List.of(new SchoolDirectory.Order(SchoolDirectory.Sort.TOWN, false)), 0, 10));
        assertThat(byTownDown).extracting(SchoolRow::uai).containsExactly(a, b);
        var secondPage = asAgent(() -> directory.find(new SchoolFilter(tag, null, null),
                List.of(new SchoolDirectory.Order(SchoolDirectory.Sort.TOWN, false)), 1, 10));
        assertThat(secondPage).extracting(SchoolRow::uai).containsExactly(b);
    }
}
