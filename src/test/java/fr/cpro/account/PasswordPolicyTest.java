package fr.cpro.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    private static final List<String> CAMILLE = List.of("0759999L", "Camille", "Martin", "ce.0759999L@ac-paris.fr");

    @Test
    void twelveCharactersAtLeast() {
        assertThat(PasswordPolicy.violations("Court#2026x", CAMILLE)).containsExactly("password.rule.length");
        assertThat(PasswordPolicy.violations("Pivoine verte", CAMILLE)).isEmpty();
        assertThat(PasswordPolicy.violations(null, CAMILLE)).containsExactly("password.rule.length");
    }

    @Test
    void moreThanBcryptReadsIsRefused() {
        assertThat(PasswordPolicy.violations("é".repeat(40), List.of())).contains("password.rule.too-long");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0759999L-lycee!", "xx0759999lxx-zz", "Camille-et-Pierre", "famille MARTIN 2026",
            "mon ce.0759999L@ac-paris.fr", "cAmIlLe_2026_ok"})
    void theUaiTheNamesAndTheEmailAreRefused(String password) {
        assertThat(PasswordPolicy.violations(password, CAMILLE)).contains("password.rule.personal");
    }

    @Test
    void accentsAndCaseDoNotHideAName() {
        assertThat(PasswordPolicy.violations("clé de Hélène 2026", List.of("HELENE"))).contains("password.rule.personal");
    }

    @ParameterizedTest
    @ValueSource(strings = {"motdepasse2026", "MotDePasse2026!", "M0td3p4sse!!!!", "azertyuiop123", "123456789012",
            "Password1234", "P@ssw0rd2026!!", "Bonjour2026!!!", "aaaaaaaaaaaaaa", "abababababababab",
            "azertyuiopqsdfghjklm", "mot de passe !"})
    void commonPasswordsAreRefusedEvenDisguised(String password) {
        assertThat(PasswordPolicy.violations(password, List.of())).contains("password.rule.common");
    }

    @Test
    void theShippedListIsLoaded() {
        assertThat(PasswordPolicy.commonCount()).isGreaterThan(300);
    }

    @Test
    void strengthGrowsWithLengthAndVarietyAndIsZeroWhenARuleIsBroken() {
        assertThat(PasswordPolicy.strength("motdepasse2026", List.of())).isZero();
        assertThat(PasswordPolicy.strength("Camille-2026-!", CAMILLE)).isZero();
        int plain = PasswordPolicy.strength("pivoineverte", List.of());
        int mixed = PasswordPolicy.strength("Pivoine-Verte-42", List.of());
        int sentence = PasswordPolicy.strength("Trois chats gris dorment sur le toit, 2026 !", List.of());
        assertThat(plain).isBetween(1, 2);
        assertThat(mixed).isGreaterThan(plain);
        assertThat(sentence).isEqualTo(4);
    }
}
