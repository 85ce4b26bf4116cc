package fr.cpro.account;

import fr.cpro.CproTest;
import fr.cpro.TestAccounts;
import fr.cpro.security.CproPrincipal;
import fr.cpro.security.LoginThrottle;
import fr.cpro.security.ThrottleState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in, ending sessions and clearing the throttle follow a committed change only: a
 * password reset or an activation that rolls back leaves sessions and counts as they were.
 */
@CproTest
class SessionsAfterCommitTest {

    static final String PASSWORD = "Un mot de passe assez long";
    static final String NEW_PASSWORD = "Trois chats gris sur le toit";

    @Autowired
    AccountLifecycleService lifecycle;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    SessionRegistry registry;
    @Autowired
    UserDetailsService users;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    ThrottleState throttleState;
    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    @AfterEach
    void clean() {
        SecurityContextHolder.clearContext();
        throttleState.forgetAll();
    }

    /** Runs the action in a transaction that then rolls back, as a later failure in the same unit of work would. */
    private void inATransactionThatRollsBack(Runnable action) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            action.run();
            status.setRollbackOnly();
        });
    }

    @Test
    void aResetThatRollsBackEndsNoSessionAndKeepsTheCount() {
        var school = testAccounts.activeSchool("Rémi", "Fabre", PASSWORD);
        var principal = (CproPrincipal) users.loadUserByUsername(school.uai());
        String sessionId = "session-elsewhere-" + System.nanoTime();
        registry.registerNewSession(sessionId, principal.withoutPassword());
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure(school.uai(), "198.51.100.50");
        }
        lifecycle.requestPasswordHelp(school.uai());
        String token = testAccounts.latestToken(school.officialEmail(), "nouveau-mot-de-passe/");

        inATransactionThatRollsBack(() -> lifecycle.resetPassword(token, NEW_PASSWORD));
        assertThat(registry.getSessionInformation(sessionId).isExpired()).isFalse();
        assertThat(throttleState.failures("login:" + school.uai())).isEqualTo(3);

        lifecycle.resetPassword(token, NEW_PASSWORD); // the link was not used: the rollback undid it
        assertThat(registry.getSessionInformation(sessionId)).as("ended and forgotten").isNull();
        assertThat(throttleState.failures("login:" + school.uai())).isZero();
    }

    @Test
    void anActivationThatRollsBackSignsNobodyIn() {
        var school = testAccounts.pendingSchool();
        String token = testAccounts.latestToken(school.officialEmail(), "activation/");

        inATransactionThatRollsBack(() -> lifecycle.activate(token, "Maël", "Girard", NEW_PASSWORD));
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();

        lifecycle.activate(token, "Maël", "Girard", NEW_PASSWORD);
        assertThat(SecurityContextHolder.getContext().getAuthentication().getPrincipal())
                .isInstanceOfSatisfying(CproPrincipal.class, user -> assertThat(user.login()).isEqualTo(school.uai()));
    }
}
