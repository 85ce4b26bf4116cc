package fr.cpro.security;

import fr.cpro.CproTest;
import fr.cpro.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import jakarta.servlet.http.Cookie;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Guessing passwords against the real sign-in, with the throttle's clock in the test's hands. */
@CproTest
class SignInThrottlingTest {

    static final String PASSWORD = "Le bon mot de passe du lycée";

    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    AuditLog audit;
    @Autowired
    Clock realClock;
    @Autowired
    ThrottleState state;
    @Autowired
    DeviceCookies devices;

    private MutableClock clock;

    @BeforeEach
    void takeTheClock() {
        clock = new MutableClock(realClock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        throttle.useClock(clock);
        state.forgetAll();
    }

    @AfterEach
    void giveItBack() {
        RequestContextHolder.resetRequestAttributes();
        throttle.useClock(realClock);
        state.forgetAll();
    }

    /** The next sign-ins come from a browser that carries this cookie (or none). */
    private void fromBrowser(String cookieName, String cookieValue) {
        var request = new MockHttpServletRequest("POST", "/login");
        request.setRemoteAddr("198.51.100.40");
        if (cookieName != null) {
            request.setCookies(new Cookie(cookieName, cookieValue));
        }
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private Authentication signIn(String login, String password) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(login, password);
        // As the login form's filter does: the client address comes with the request.
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            token.setDetails(new WebAuthenticationDetails(attributes.getRequest()));
        }
        return authenticationManager.authenticate(token);
    }

    @Test
    void twentyWrongPasswordsAreThrottledThenTheRightOneWorksAfterTheDelay() {
        String uai = testAccounts.activeSchool("Hugo", "Vidal", PASSWORD).uai();
        var outcomes = new ArrayList<String>();
        for (int attempt = 1; attempt <= 20; attempt++) {
            Throwable refusal = catchThrowable(() -> signIn(uai, "mauvais-essai-" + attempt()));
            outcomes.add(refusal instanceof LoginThrottledException ? "suspendu" : "refusé");
            assertThat(refusal).isInstanceOf(org.springframework.security.core.AuthenticationException.class);
            clock.advance(Duration.ofSeconds(2));
        }
        // Four free failures, the fifth locks, the fifteen next are refused without being tried.
        assertThat(outcomes.subList(0, 5)).containsOnly("refusé");
        assertThat(outcomes.subList(5, 20)).containsOnly("suspendu");

        // Even the right password waits for the delay.
        Throwable early = catchThrowable(() -> signIn(uai, PASSWORD));
        assertThat(early).isInstanceOfSatisfying(LoginThrottledException.class,
                e -> assertThat(e.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));

        clock.advance(Duration.ofMinutes(1));
        assertThat(signIn(uai, PASSWORD).isAuthenticated()).isTrue();
        // The success reset the count: one more mistake is not throttled.
        assertThat(catchThrowable(() -> signIn(uai, "encore-faux"))).isExactlyInstanceOf(BadCredentialsException.class);

        List<AuditEvent.Type> trail = testAccounts.asSupervisor(() -> audit.latest(uai, 30)).stream()
                .map(AuditEvent::getType).toList();
        assertThat(trail).contains(AuditEvent.Type.SIGN_IN_FAILURE, AuditEvent.Type.SIGN_IN_THROTTLED,
                AuditEvent.Type.SIGN_IN_SUCCESS);
        assertThat(trail.stream().filter(t -> t == AuditEvent.Type.SIGN_IN_THROTTLED).count()).isEqualTo(16);
    }

    @Test
    void theDelayDoublesWhileTheGuessingGoesOn() {
        String uai = testAccounts.activeSchool("Zoé", "Henry", PASSWORD).uai();
        for (int i = 0; i < 4; i++) {
            catchThrowable(() -> signIn(uai, "faux"));
        }
        var waits = new ArrayList<Long>();
        for (int i = 0; i < 6; i++) {
            catchThrowable(() -> signIn(uai, "faux"));
            var throttled = (LoginThrottledException) catchThrowable(() -> signIn(uai, PASSWORD));
            waits.add(throttled.retryAfterMinutes());
            clock.advance(throttled.retryAfter());
        }
        assertThat(waits).containsExactly(1L, 2L, 4L, 8L, 15L, 15L);
        assertThat(signIn(uai, PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void theBrowserThatSignedInBeforeIsNotLockedOutByGuessesFromElsewhere() {
        String uai = testAccounts.activeSchool("Inès", "Morel", PASSWORD).uai();
        String cookie = devices.newValue(uai);
        for (int i = 0; i < 20; i++) {
            catchThrowable(() -> signIn(uai, "devine-" + attempt()));
        }
        assertThat(catchThrowable(() -> signIn(uai, PASSWORD))).isInstanceOf(LoginThrottledException.class);

        fromBrowser(DeviceCookies.cookieName(uai), cookie);
        assertThat(signIn(uai, PASSWORD).isAuthenticated()).isTrue();
        // The success reset the device's count, not the login's: strangers still wait.
        RequestContextHolder.resetRequestAttributes();
        assertThat(catchThrowable(() -> signIn(uai, PASSWORD))).isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void aForgedOrAnotherAccountsDeviceCookieEarnsNoTrust() {
        String uai = testAccounts.activeSchool("Léon", "Garnier", PASSWORD).uai();
        String other = testAccounts.activeSchool("Anna", "Lemoine", PASSWORD).uai();
        for (int i = 0; i < 5; i++) {
            catchThrowable(() -> signIn(uai, "devine-" + attempt()));
        }
        String genuine = devices.newValue(uai);
        String tampered = genuine.substring(0, genuine.length() - 2) + (genuine.endsWith("AA") ? "BB" : "AA");
        String othersCookie = devices.newValue(other);
        for (String value : new String[] {tampered, othersCookie, "n'importe.quoi.123.x"}) {
            fromBrowser(DeviceCookies.cookieName(uai), value);
            assertThat(catchThrowable(() -> signIn(uai, PASSWORD))).as(value)
                    .isInstanceOf(LoginThrottledException.class);
        }
        // The genuine one is.
        fromBrowser(DeviceCookies.cookieName(uai), genuine);
        assertThat(signIn(uai, PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void aDeviceThatFailsTooOftenIsTrustedNoMore() {
        String uai = testAccounts.activeSchool("Paul", "Chevalier", PASSWORD).uai();
        for (int i = 0; i < 5; i++) {
            catchThrowable(() -> signIn(uai, "devine-" + attempt()));
        }
        fromBrowser(DeviceCookies.cookieName(uai), devices.newValue(uai));
        var outcomes = new ArrayList<Class<?>>();
        for (int i = 0; i < 6; i++) {
            outcomes.add(catchThrowable(() -> signIn(uai, "faux-" + attempt())).getClass());
        }
        // Five tries of its own, then it waits like any other browser.
        assertThat(outcomes.subList(0, 5)).containsOnly(BadCredentialsException.class);
        assertThat(outcomes.get(5)).isEqualTo(LoginThrottledException.class);
    }

    @Test
    void sixUnknownUaisFromOneAddressDoNotStopAnotherAccountsFirstSignInFromIt() {
        String uai = testAccounts.activeSchool("Nina", "Perret", PASSWORD).uai();
        fromBrowser(null, null);
        for (int i = 1; i <= 6; i++) {
            String digits = "089000" + i; // no school has these: valid check letters, unknown UAIs
            String unknown = digits + Uai.checkLetter(digits);
            assertThat(catchThrowable(() -> signIn(unknown, "nimporte")))
                    .isExactlyInstanceOf(BadCredentialsException.class);
        }
        assertThat(signIn(uai, PASSWORD).isAuthenticated()).isTrue();
        assertThat(state.failures("address:198.51.100.40")).isEqualTo(6);
    }

    @Test
    void anUnknownUaiIsThrottledAlikeSoThrottlingRevealsNoAccount() {
        var outcomes = new ArrayList<Class<?>>();
        for (int i = 0; i < 6; i++) {
            outcomes.add(catchThrowable(() -> signIn("0750655E", "nimporte")).getClass());
        }
        assertThat(outcomes.subList(0, 5)).containsOnly(BadCredentialsException.class);
        assertThat(outcomes.get(5)).isEqualTo(LoginThrottledException.class);
    }

    @Test
    void anUnknownUaiCostsAboutTheTimeOfAKnownOne() {
        String uai = testAccounts.activeSchool("Tom", "Carré", PASSWORD).uai();
        // Warm up both paths (the dummy hash is computed on first use).
        catchThrowable(() -> signIn("0750655E", "faux"));
        catchThrowable(() -> signIn(uai, "faux"));
        long known = 0;
        long unknown = 0;
        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofHours(1)); // stay under the throttle
            long t0 = System.nanoTime();
            catchThrowable(() -> signIn(uai, "faux"));
            long t1 = System.nanoTime();
            catchThrowable(() -> signIn("0750655E", "faux"));
            long t2 = System.nanoTime();
            known += t1 - t0;
            unknown += t2 - t1;
        }
        // bcrypt dominates both: an unknown UAI runs it against a dummy hash.
        double ratio = (double) unknown / known;
        System.out.printf("Sign-in failure, known UAI %.1f ms, unknown UAI %.1f ms (ratio %.2f)%n",
                known / 4e6, unknown / 4e6, ratio);
        assertThat(ratio).isBetween(0.4, 2.5);
    }

    private static int counter;

    private static int attempt() {
        return ++counter;
    }
}
