package fr.cpro.security;

import fr.cpro.CproTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sign-in against the real accounts in MariaDB. */
@CproTest
class SignInTest {

    @Autowired
    AuthenticationManager authenticationManager;

    private Authentication signIn(String login, String password) {
        return authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(login, password));
    }

    private static java.util.List<String> roles(Authentication auth) {
        return auth.getAuthorities().stream().map(a -> a.getAuthority()).filter(a -> a.startsWith("ROLE_")).toList();
    }

    @Test
    void schoolSignsInWithItsUaiTypedCarelessly() {
        Authentication auth = signIn("  0759999l ", "cpro-demo-2026");
        var principal = (CproPrincipal) auth.getPrincipal();
        assertThat(principal.displayName()).isEqualTo("Camille MARTIN");
        assertThat(principal.isSchoolAdministrator()).isTrue();
        assertThat(principal.establishmentId()).isNotNull();
        assertThat(roles(auth)).containsExactly("ROLE_ETABLISSEMENT");
        assertThat(principal.getPassword()).as("no password hash kept in the session").isNull();
    }

    @Test
    void agentsSignInWithTheirEmail() {
        var principal = (CproPrincipal) signIn("Agent@CPRO.demo", "cpro-demo-2026").getPrincipal();
        assertThat(principal.displayName()).isEqualTo("Alex DURAND");
        assertThat(principal.isAgent()).isTrue();
    }

    @Test
    void supervisorsAreAgentsToo() {
        var auth = signIn("superviseur@cpro.demo", "cpro-demo-2026");
        assertThat(roles(auth)).containsExactlyInAnyOrder("ROLE_SUPERVISEUR", "ROLE_AGENT");
    }

    @Test
    void aUaiWithAWrongCheckLetterIsRefusedBeforeAnyLookup() {
        assertThatThrownBy(() -> signIn("0759999M", "cpro-demo-2026"))
                .isInstanceOfSatisfying(InvalidUaiException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidUaiException.Reason.CHECK_LETTER));
    }

    @Test
    void unknownSchoolAndWrongPasswordGetTheSameNeutralAnswer() {
        Throwable unknown = org.assertj.core.api.Assertions.catchThrowable(() -> signIn("0750655E", "cpro-demo-2026"));
        Throwable wrongPassword = org.assertj.core.api.Assertions.catchThrowable(() -> signIn("0759999L", "nope"));
        assertThat(unknown).isExactlyInstanceOf(BadCredentialsException.class);
        assertThat(wrongPassword).isExactlyInstanceOf(BadCredentialsException.class);
        assertThat(unknown.getMessage()).isEqualTo(wrongPassword.getMessage());
    }

    @Test
    void aSchoolCannotSignInWithAnEmail() {
        assertThatThrownBy(() -> signIn("ce.0759999L@ac-paris.fr", "cpro-demo-2026"))
                .isExactlyInstanceOf(BadCredentialsException.class);
    }
}
