package fr.cpro.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UaiTest {

    @Test
    void everyCheckLetterIsReachedAndVerified() {
        // 23 consecutive numbers cover every remainder, so every letter of the alphabet.
        for (int n = 750000; n < 750023; n++) {
            String digits = String.format("%07d", n);
            char letter = Uai.CHECK_LETTERS.charAt(n % 23);
            assertThat(Uai.checkLetter(digits)).isEqualTo(letter);
            assertThat(Uai.parse(digits + letter).value()).isEqualTo(digits + letter);
            for (char wrong : Uai.CHECK_LETTERS.toCharArray()) {
                if (wrong != letter) {
                    assertThatThrownBy(() -> Uai.parse(digits + wrong))
                            .isInstanceOfSatisfying(InvalidUaiException.class,
                                    e -> assertThat(e.reason()).isEqualTo(InvalidUaiException.Reason.CHECK_LETTER));
                }
            }
        }
    }

    @Test
    void realSchoolsAreAccepted() {
        assertThat(Uai.parse("0750655E").value()).isEqualTo("0750655E"); // Lycée Louis-le-Grand
        assertThat(Uai.parse("0759999L").value()).isEqualTo("0759999L"); // the demo school
    }

    @Test
    void lettersIAndOAndQAreNeverCheckLetters() {
        assertThat(Uai.CHECK_LETTERS).doesNotContain("I", "O", "Q").hasSize(23);
    }

    @Test
    void normalisationTrimsDropsSpacesAndUpperCases() {
        assertThat(Uai.parse("  0759999l ").value()).isEqualTo("0759999L");
        assertThat(Uai.parse("075 9999 l").value()).isEqualTo("0759999L");
        assertThat(Uai.parse("\t0750655e\n").value()).isEqualTo("0750655E");
    }

    @Test
    void corsicaIsWritten620And720() {
        char southLetter = Uai.checkLetter("6200001");
        char northLetter = Uai.checkLetter("7200009");
        assertThat(Uai.parse("6200001" + southLetter).value()).isEqualTo("6200001" + southLetter);
        assertThat(Uai.parse("02A0001" + southLetter).value()).isEqualTo("6200001" + southLetter);
        assertThat(Uai.parse("02b0009" + Character.toLowerCase(northLetter)).value())
                .isEqualTo("7200009" + northLetter);
    }

    @Test
    void theDemoSchoolWithAWrongLetterIsRefusedForItsCheckLetter() {
        assertThatThrownBy(() -> Uai.parse("0759999M"))
                .isInstanceOfSatisfying(InvalidUaiException.class, e -> {
                    assertThat(e.reason()).isEqualTo(InvalidUaiException.Reason.CHECK_LETTER);
                    assertThat(e.messageKey()).isEqualTo("login.error.uai.check-letter");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "075999L", "07599999L", "0759999", "A759999L", "0759-999L", "07599991",
            "0759999É"})
    void malformedIdentifiersAreRefusedForTheirFormat(String typed) {
        assertThatThrownBy(() -> Uai.parse(typed))
                .isInstanceOfSatisfying(InvalidUaiException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidUaiException.Reason.FORMAT));
    }

    @Test
    void nullIsRefused() {
        assertThatThrownBy(() -> Uai.parse(null)).isInstanceOf(InvalidUaiException.class);
    }

    @Test
    void loginIdentifierKeepsEmailsForAgentsAndUaisForSchools() {
        assertThat(LoginIdentifier.normalise("  Agent@CPRO.demo ")).isEqualTo("agent@cpro.demo");
        assertThat(LoginIdentifier.normalise(" 0759999l")).isEqualTo("0759999L");
        assertThatThrownBy(() -> LoginIdentifier.normalise("Camille")).isInstanceOf(InvalidUaiException.class);
    }
}
