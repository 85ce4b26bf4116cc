package fr.cpro.base;

import jakarta.validation.MessageInterpolator;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;

import java.util.Locale;

/**
 * Bean Validation messages from the application's translations: a constraint written
 * {@code @NotBlank(message = "{school.error.name-required}")} says the French text of that key,
 * with {@code {0}} replaced by the constraint's {@code max} where it has one. Used by the forms'
 * binders (through {@code META-INF/validation.xml}) and by Spring's validator ({@link ValidationSetup}).
 */
public final class ConstraintMessages implements MessageInterpolator {

    private final Translations translations = new Translations();
    private final MessageInterpolator standard = new ResourceBundleMessageInterpolator();

    @Override
    public String interpolate(String template, Context context) {
        return interpolate(template, context, Translations.FRENCH);
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        if (template.length() > 2 && template.startsWith("{") && template.endsWith("}")) {
            String key = template.substring(1, template.length() - 1);
            if (translations.has(key)) {
                Object max = context.getConstraintDescriptor().getAttributes().get("max");
                return max == null ? translations.getTranslation(key, Translations.FRENCH)
                        : translations.getTranslation(key, Translations.FRENCH, max);
            }
        }
        return standard.interpolate(template, context, locale);
    }
}
