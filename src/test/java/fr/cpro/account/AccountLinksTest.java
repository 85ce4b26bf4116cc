package fr.cpro.account;

import fr.cpro.CproTest;
import fr.cpro.TestAccounts;
import fr.cpro.base.Translations;
import fr.cpro.security.AuditEvent;
import fr.cpro.security.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every rule of the links sent by mail, each refusal with its French message. */
@CproTest
class AccountLinksTest {

    static final String PASSWORD = "Une phrase assez longue pour CPRO";

    @Autowired
    AccountLifecycleService lifecycle;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Translations translations;
    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    AuditLog audit;
    @Autowired
    AccountService accounts;

    private String french(TokenRefusedException e) {
        String text = translations.getTranslation(e.messageKey(), Translations.FRENCH);
        assertThat(text).as("a French message for " + e.messageKey()).doesNotStartWith("!");
        return text;
    }

    private TokenRefusedException refusal(Runnable action) {
        return catchThrowableOfType(TokenRefusedException.class, action::run);
    }

    @Test
    void anActivationLinkWorksOnceAndIsRefusedTheSecondTime() {
        var school = testAccounts.pendingSchool();
        String token = testAccounts.latestToken(school.officialEmail(), "activation/");

        var holder = lifecycle.checkLink(token, TokenPurpose.ACTIVATION);
        assertThat(holder.login()).isEqualTo(school.uai());
        var principal = lifecycle.activate(token, "Inès", "Lefèvre", PASSWORD);
        assertThat(principal.displayName()).isEqualTo("Inès LEFÈVRE");
        assertThat(principal.establishmentId()).isEqualTo(school.id());

        var second = refusal(() -> lifecycle.activate(token, "Autre", "Personne", PASSWORD + "!"));
        assertThat(second.reason()).isEqualTo(TokenRefusedException.Reason.USED);
        assertThat(french(second)).contains("déjà été utilisé");
        assertThat(testAccounts.asSupervisor(() -> audit.latest(school.uai(), 10))).extracting(AuditEvent::getType)
                .contains(AuditEvent.Type.ACTIVATION_LINK_SENT, AuditEvent.Type.ACTIVATION);
        // The first password stands, and signs in with the UAI.
        var auth = authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(school.uai().toLowerCase(), PASSWORD));
        assertThat(auth.isAuthenticated()).isTrue();
    }

    @Test
    void anExpiredActivationLinkIsRefusedAndTheLoginPageWayGetsANewOne() {
        var school = testAccounts.pendingSchool();
        String token = testAccounts.latestToken(school.officialEmail(), "activation/");
        assertThat(validity(token)).isEqualTo(Duration.ofDays(7));

        age(token, Duration.ofDays(7).plusSeconds(1));
        var expired = refusal(() -> lifecycle.checkLink(token, TokenPurpose.ACTIVATION));
        assertThat(expired.reason()).isEqualTo(TokenRefusedException.Reason.EXPIRED);
        assertThat(french(expired)).contains("expiré", "7 jours", "Mot de passe oublié");
        assertThat(refusal(() -> lifecycle.activate(token, "A", "B", PASSWORD)).reason())
                .isEqualTo(TokenRefusedException.Reason.EXPIRED);

        // "Mot de passe oublié" with the UAI, on an account never activated: a new activation link.
        lifecycle.requestPasswordHelp(" " + school.uai().toLowerCase() + " ");
        String fresh = testAccounts.latestToken(school.officialEmail(), "activation/");
        assertThat(fresh).isNotEqualTo(token);
        lifecycle.activate(fresh, "Paul", "Girard", PASSWORD);
    }

    @Test
    void aNewActivationLinkVoidsTheOldOne() {
        var school = testAccounts.pendingSchool();
        String first = testAccounts.latestToken(school.officialEmail(), "activation/");
        long accountId = jdbc.queryForObject("SELECT id FROM account WHERE login = ?", Long.class, school.uai());
        testAccounts.asSupervisor(() -> {
            lifecycle.sendActivation(accountId);
            return null;
        });
        String second = testAccounts.latestToken(school.officialEmail(), "activation/");
        assertThat(second).isNotEqualTo(first);

        var voided = refusal(() -> lifecycle.activate(first, "A", "B", PASSWORD));
        assertThat(voided.reason()).isEqualTo(TokenRefusedException.Reason.REPLACED);
        assertThat(french(voided)).contains("remplacé", "plus récent");
        assertThat(lifecycle.activate(second, "Léa", "Roux", PASSWORD).login()).isEqualTo(school.uai());
    }

    @Test
    void aTamperedLinkIsRefusedAsInvalid() {
        var school = testAccounts.pendingSchool();
        String token = testAccounts.latestToken(school.officialEmail(), "activation/");
        char last = token.charAt(token.length() - 1);
        String tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');

        var invalid = refusal(() -> lifecycle.checkLink(tampered, TokenPurpose.ACTIVATION));
        assertThat(invalid.reason()).isEqualTo(TokenRefusedException.Reason.INVALID);
        assertThat(french(invalid)).contains("n'est pas valide");
        assertThat(refusal(() -> lifecycle.checkLink(token + "x", TokenPurpose.ACTIVATION)).reason())
                .isEqualTo(TokenRefusedException.Reason.INVALID);
        assertThat(refusal(() -> lifecycle.checkLink("", TokenPurpose.ACTIVATION)).reason())
                .isEqualTo(TokenRefusedException.Reason.INVALID);
        // An activation link is no reset link.
        assertThat(refusal(() -> lifecycle.resetPassword(token, PASSWORD)).reason())
                .isEqualTo(TokenRefusedException.Reason.INVALID);
        // Only the hash is stored: the token itself is nowhere in the table.
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account_token WHERE token_hash = ?", Integer.class,
                token)).isZero();
        // The untouched link still works.
        lifecycle.activate(token, "Noé", "Blanc", PASSWORD);
    }

    @Test
    void aResetLinkLastsOneHourWorksOnceAndReplacesTheOldPassword() {
        var school = testAccounts.activeSchool("Jules", "Perrin", PASSWORD);
        lifecycle.requestPasswordHelp(school.uai());
        String token = testAccounts.latestToken(school.officialEmail(), "nouveau-mot-de-passe/");
        assertThat(validity(token)).isEqualTo(Duration.ofHours(1));

        String newPassword = "Trois chats gris sur le toit";
        lifecycle.resetPassword(token, newPassword);
        var used = refusal(() -> lifecycle.resetPassword(token, "Encore un autre mot de passe"));
        assertThat(used.reason()).isEqualTo(TokenRefusedException.Reason.USED);
        assertThat(french(used)).contains("déjà été utilisé");

        assertThatThrownBy(() -> authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(school.uai(), PASSWORD)))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(school.uai(), newPassword)).isAuthenticated())
                .isTrue();
        var events = testAccounts.asSupervisor(() -> audit.latest(school.uai(), 10));
        assertThat(events).extracting(AuditEvent::getType)
                .contains(AuditEvent.Type.PASSWORD_RESET, AuditEvent.Type.PASSWORD_RESET_REQUESTED);
    }

    @Test
    void anExpiredOrReplacedResetLinkIsRefused() {
        var school = testAccounts.activeSchool("Rose", "Marchand", PASSWORD);
        lifecycle.requestPasswordHelp(school.uai());
        String first = testAccounts.latestToken(school.officialEmail(), "nouveau-mot-de-passe/");
        age(first, Duration.ofMinutes(61));
        var expired = refusal(() -> lifecycle.resetPassword(first, "Trois chats gris sur le toit"));
        assertThat(expired.reason()).isEqualTo(TokenRefusedException.Reason.EXPIRED);
        assertThat(french(expired)).contains("expiré", "1 heure");

        lifecycle.requestPasswordHelp(school.uai());
        String second = testAccounts.latestToken(school.officialEmail(), "nouveau-mot-de-passe/");
        assertThat(second).isNotEqualTo(first);
        lifecycle.requestPasswordHelp(school.uai()); // within a minute: no third mail
        assertThat(testAccounts.latestToken(school.officialEmail(), "nouveau-mot-de-passe/")).isEqualTo(second);
    }

    @Test
    void anEmailChangeLinkLasts24HoursAndIsRefusedOnceUsedOrReplaced() {
        var school = testAccounts.activeSchool("Marc", "Faure", PASSWORD);
        String first = testAccounts.as(school.uai(),
                () -> lifecycle.requestEmailChange("Marc.Faure@ac-test.fr", PASSWORD));
        assertThat(first).isEqualTo("marc.faure@ac-test.fr");
        String firstToken = testAccounts.latestToken("marc.faure@ac-test.fr", "confirmation-email/");
        assertThat(validity(firstToken)).isEqualTo(Duration.ofHours(24));

        testAccounts.as(school.uai(), () -> lifecycle.requestEmailChange("m.faure@ac-test.fr", PASSWORD));
        String secondToken = testAccounts.latestToken("m.faure@ac-test.fr", "confirmation-email/");
        var replaced = refusal(() -> lifecycle.confirmEmailChange(firstToken));
        assertThat(replaced.reason()).isEqualTo(TokenRefusedException.Reason.REPLACED);
        assertThat(french(replaced)).contains("remplacé");

        assertThat(lifecycle.confirmEmailChange(secondToken)).isEqualTo("m.faure@ac-test.fr");
        var used = refusal(() -> lifecycle.confirmEmailChange(secondToken));
        assertThat(used.reason()).isEqualTo(TokenRefusedException.Reason.USED);
        assertThat(french(used)).contains("déjà été utilisé");
        assertThat(jdbc.queryForObject("SELECT email FROM account WHERE login = ?", String.class, school.uai()))
                .isEqualTo("m.faure@ac-test.fr");
        assertThat(testAccounts.asSupervisor(() -> audit.latest(school.uai(), 10))).extracting(AuditEvent::getType)
                .contains(AuditEvent.Type.EMAIL_CHANGE_REQUESTED, AuditEvent.Type.EMAIL_CHANGE);
    }

    @Test
    void anAgentSignsInWithTheConfirmedAddressAndNoLongerWithTheOldOne() {
        String old = "agent." + System.nanoTime() + "@cpro.test";
        String fresh = "nouvel." + old;
        testAccounts.asSupervisor(() -> accounts.createAgent(old, "Lou", "Barbier", false, PASSWORD));
        testAccounts.as(old, () -> lifecycle.requestEmailChange(fresh, PASSWORD));
        lifecycle.confirmEmailChange(testAccounts.latestToken(fresh, "confirmation-email/"));

        assertThat(authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(fresh, PASSWORD)).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(old, PASSWORD)))
                .isInstanceOf(BadCredentialsException.class);
        // Another agent cannot take that address.
        String third = "tiers." + old;
        testAccounts.asSupervisor(() -> accounts.createAgent(third, "Sam", "Lopez", false, PASSWORD));
        var taken = catchThrowableOfType(ChangeRefusedException.class,
                () -> testAccounts.as(third, () -> lifecycle.requestEmailChange(fresh, PASSWORD)));
        assertThat(taken.messageKeys()).containsExactly("account.email.error.taken");
    }

    @Test
    void anExpiredEmailChangeLinkChangesNothing() {
        var school = testAccounts.activeSchool("Éva", "Noël", PASSWORD);
        testAccounts.as(school.uai(), () -> lifecycle.requestEmailChange("eva.noel@ac-test.fr", PASSWORD));
        String token = testAccounts.latestToken("eva.noel@ac-test.fr", "confirmation-email/");
        age(token, Duration.ofHours(25));
        var expired = refusal(() -> lifecycle.confirmEmailChange(token));
        assertThat(expired.reason()).isEqualTo(TokenRefusedException.Reason.EXPIRED);
        assertThat(french(expired)).contains("expiré", "24 heures");
        assertThat(jdbc.queryForObject("SELECT email FROM account WHERE login = ?", String.class, school.uai()))
                .isEqualTo(school.officialEmail());
    }

    @Test
    void forgottenPasswordSendsAtMostThreeMailsPerAccountPerHour() {
        var school = testAccounts.activeSchool("Yann", "Leroy", PASSWORD);
        var tokens = new java.util.ArrayList<String>();
        for (int i = 0; i < 4; i++) {
            lifecycle.requestPasswordHelp(school.uai());
            String latest = testAccounts.latestToken(school.officialEmail(), "nouveau-mot-de-passe/");
            if (!tokens.contains(latest)) {
                tokens.add(latest);
            }
            age(latest, AccountLifecycleService.RESEND_PAUSE.plusSeconds(1)); // past the one-minute pause
        }
        // The fourth request within the hour sends nothing (and answers the same, as it returns the same).
        assertThat(tokens).hasSize(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", Integer.class,
                school.officialEmail())).isEqualTo(3);
    }

    @Test
    void anUnknownIdentifierGetsNoMailAndNoErrorWhatever() {
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox", Integer.class);
        lifecycle.requestPasswordHelp("0750655E");
        lifecycle.requestPasswordHelp("personne@nulle-part.fr");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox", Integer.class)).isEqualTo(before);
    }

    private Duration validity(String token) {
        var row = jdbc.queryForMap("SELECT created_at, expires_at FROM account_token WHERE token_hash = ?",
                AccountTokens.hash(token));
        return Duration.between(local(row.get("created_at")), local(row.get("expires_at")));
    }

    /** Moves the link back in time, as if it had been sent {@code age} ago. */
    private void age(String token, Duration age) {
        // Stored in UTC (hibernate.jdbc.time_zone), so written in UTC here too.
        Instant sent = Instant.now().minus(age);
        jdbc.update("UPDATE account_token SET created_at = ?, expires_at = ? WHERE token_hash = ?",
                LocalDateTime.ofInstant(sent, ZoneOffset.UTC),
                LocalDateTime.ofInstant(sent.plus(validity(token)), ZoneOffset.UTC),
                AccountTokens.hash(token));
    }

    private static LocalDateTime local(Object value) {
        return value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
    }
}
