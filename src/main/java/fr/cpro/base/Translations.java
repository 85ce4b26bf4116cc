package fr.cpro.base;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every visible text, in French, from {@code vaadin-i18n/translations.properties}.
 *
 * <p>Parameters are replaced positionally ({@code {0}}, {@code {1}}…) without
 * {@link java.text.MessageFormat}, whose quoting rules would eat French apostrophes.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale FRENCH = Locale.FRANCE;
    static final String BUNDLE = "vaadin-i18n.translations";
    private static final Logger log = LoggerFactory.getLogger(Translations.class);

    private final ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(FRENCH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            log.warn("Missing translation key {}", key);
            return "!" + key + "!";
        }
        for (int i = 0; i < params.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(params[i]));
        }
        return text;
    }

    /** Whether the key exists; used by tests that check every key used in code. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
