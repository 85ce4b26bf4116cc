package fr.cpro.base;

import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.validator.BeanValidator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one e-mail rule, and constraint messages in French as a form's binder shows them. */
class ConstraintMessagesTest {

    record Sample(
            @NotBlank(message = "{support.error.subject.required}")
            @Size(max = 5, message = "{support.error.subject.too-long}")
            String subject,
            @EmailAddress(message = "{school.error.email-invalid}")
            String email) {
    }

    private static String error(String property, Object value) {
        var result = new BeanValidator(Sample.class, property).apply(value, new ValueContext(Translations.FRENCH));
        return result.isError() ? result.getErrorMessage() : null;
    }

    @Test
    void aBindersMessageIsTheTranslationOfItsKeyWithTheLimitInIt() {
        assertThat(error("subject", "")).isEqualTo("Saisissez l'objet de votre message.");
        assertThat(error("subject", "Six ch")).isEqualTo("L'objet ne peut pas dépasser 5 caractères.");
        assertThat(error("subject", "Cinq!")).isNull();
        assertThat(error("email", "secretariat-ac-paris.fr"))
                .isEqualTo("Saisissez une adresse e-mail valide, par exemple ce.0750655E@ac-paris.fr.");
    }

    @Test
    void theEmailRuleIsPlainAndTheSameEverywhere() {
        assertThat(EmailAddresses.isValid("ce.0759999L@ac-paris.fr")).isTrue();
        assertThat(EmailAddresses.isValid("  prenom.nom+cpro@ac-versailles.fr ")).as("spaces around").isTrue();
        assertThat(EmailAddresses.isValid("prenom.nom@ac-paris")).as("no dot in the domain").isFalse();
        assertThat(EmailAddresses.isValid("prenom.nom@ac-paris.f")).as("one-letter ending").isFalse();
        assertThat(EmailAddresses.isValid("prenom nom@ac-paris.fr")).as("a space inside").isFalse();
        assertThat(EmailAddresses.isValid("a@b@ac-paris.fr")).as("two @").isFalse();
        assertThat(EmailAddresses.isValid("a".repeat(EmailAddresses.MAX_LENGTH - 6) + "@ab.fr")).as("254 characters").isTrue();
        assertThat(EmailAddresses.isValid("a".repeat(EmailAddresses.MAX_LENGTH - 5) + "@ab.fr")).as("too long").isFalse();
        assertThat(EmailAddresses.isValid(null)).isFalse();
        assertThat(error("email", null)).as("required is @NotBlank's business").isNull();
    }
}
