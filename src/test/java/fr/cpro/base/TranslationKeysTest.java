package fr.cpro.base;

import fr.cpro.home.ModuleCatalogue;
import fr.cpro.security.AppRoles;
import fr.cpro.security.InvalidUaiException;
import fr.cpro.support.SupportCategory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every translation key that the code uses exists in translations.properties. */
class TranslationKeysTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"\\s*[,)]");
    private static final Pattern KEY_SHAPED_LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");
    private static final Set<String> KEYS = ResourceBundle.getBundle(Translations.BUNDLE, Locale.ROOT).keySet();
    private final Translations translations = new Translations();

    @Test
    void everyLiteralKeyInTheCodeExists() throws IOException {
        var missing = new TreeSet<String>();
        var used = new ArrayList<String>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path file : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                var matcher = LITERAL_KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                    if (!translations.has(matcher.group(1))) {
                        missing.add(matcher.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(used).as("the scan found the keys").hasSizeGreaterThan(20);
        assertThat(missing).as("keys used in code but missing from translations.properties").isEmpty();
    }

    @Test
    void everyKeyLiteralInTheCodeExists() throws IOException {
        // Keys that services hand to the screens and mails as literals ("diploma.error.expired",
        // "home.tile.school.uai"…): every string shaped like a key under one of the file's prefixes.
        // A literal that only starts keys is a field whose refusals SupportException builds.
        var prefixes = new TreeSet<String>();
        KEYS.forEach(key -> prefixes.add(key.substring(0, key.indexOf('.') + 1)));
        var missing = new TreeSet<String>();
        var found = new ArrayList<String>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path file : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                var matcher = KEY_SHAPED_LITERAL.matcher(Files.readString(file));
                while (matcher.find()) {
                    String literal = matcher.group(1);
                    // JavaMail's own settings ("mail.smtp.timeout") share the "mail." prefix but are no texts.
                    if (prefixes.stream().noneMatch(literal::startsWith) || literal.startsWith("mail.smtp.")) {
                        continue;
                    }
                    found.add(literal);
                    boolean startsKeys = KEYS.stream().anyMatch(key -> key.startsWith(literal + "."));
                    var keys = translations.has(literal) || !startsKeys ? List.of(literal)
                            : fr.cpro.support.SupportException.fieldKeys(literal);
                    keys.stream().filter(key -> !translations.has(key))
                            .forEach(key -> missing.add(key + " (" + file.getFileName() + ")"));
                }
            }
        }
        assertThat(found).as("the scan found the services' keys").contains("diploma.error.expired",
                "home.tile.school.uai", "support.error.closed", "password.rule.same", "support.error.subject");
        assertThat(missing).as("keys in the code but missing from translations.properties").isEmpty();
    }

    @Test
    void everyComputedKeyExists() {
        // Each key built from an enum or a catalogue, by the very method the code calls to build it.
        var keys = new ArrayList<String>();
        AppRoles.ALL.forEach(role -> keys.add(AppRoles.labelKey(role)));
        for (var reason : InvalidUaiException.Reason.values()) {
            keys.add(new InvalidUaiException(reason).messageKey());
        }
        for (var category : SupportCategory.values()) {
            keys.add(category.labelKey());
            keys.add(category.descriptionKey());
        }
        for (var status : fr.cpro.establishment.SubscriptionStatus.values()) {
            keys.add(status.labelKey());
        }
        for (var purpose : fr.cpro.account.TokenPurpose.values()) {
            for (var reason : fr.cpro.account.TokenRefusedException.Reason.values()) {
                keys.add(new fr.cpro.account.TokenRefusedException(reason, purpose).messageKey());
            }
        }
        for (int score = 0; score <= fr.cpro.account.PasswordPolicy.MAX_STRENGTH; score++) {
            keys.add(fr.cpro.account.PasswordPolicy.strengthKey(score));
        }
        for (var status : fr.cpro.mail.OutboxMail.Status.values()) {
            keys.add(status.labelKey());
        }
        for (var status : fr.cpro.support.TicketStatus.values()) {
            keys.add(status.labelKey());
        }
        for (var side : fr.cpro.support.AuthorSide.values()) {
            keys.add(side.labelKey());
        }
        for (var action : fr.cpro.support.TicketAction.values()) {
            keys.add(action.changedKey());
        }
        for (var assignee : fr.cpro.support.QueueFilter.Assignee.values()) {
            keys.add(assignee.labelKey());
        }
        for (var sla : fr.cpro.support.QueueFilter.Sla.values()) {
            keys.add(sla.labelKey());
        }
        for (var mode : fr.cpro.helpdesk.ui.Composer.Mode.values()) {
            keys.add(mode.labelKey());
        }
        new ModuleCatalogue(java.util.List.of(new fr.cpro.helpdesk.HelpdeskModules())).all().forEach(m -> {
            keys.add(m.titleKey());
            keys.add(m.descriptionKey());
        });
        assertThat(keys).hasSizeGreaterThan(40)
                .allSatisfy(key -> assertThat(translations.has(key)).as(key).isTrue());
    }

    @Test
    void everyMonthWeekdayAndSizeUnitHasItsWord() {
        // Through the formatters themselves: a missing word would show as "!date.month.3!".
        var dates = new FrenchDates(translations, java.time.Clock.system(java.time.ZoneId.of("Europe/Paris")));
        var sizes = new FileSizes(translations);
        var written = new ArrayList<String>();
        for (var day = java.time.LocalDate.of(2026, 1, 1); day.getYear() == 2026; day = day.plusDays(1)) {
            written.add(dates.format(day));
            written.add(dates.full(day.atTime(12, 0).atZone(java.time.ZoneId.of("Europe/Paris")).toInstant()));
        }
        for (long bytes = 1; bytes > 0 && bytes < Long.MAX_VALUE / 1024; bytes *= 1024) {
            written.add(sizes.format(bytes));
        }
        assertThat(written).hasSizeGreaterThan(730).noneMatch(text -> text.contains("!"));
    }

    @Test
    void parametersAreReplacedWithoutEatingApostrophes() {
        String text = translations.getTranslation("error.unexpected", Translations.FRENCH, "ERR-ABC123");
        assertThat(text).contains("s'est produite").contains("ERR-ABC123").doesNotContain("{0}");
    }

    @Test
    void aMissingKeyIsVisibleRatherThanBlank() {
        assertThat(translations.getTranslation("no.such.key", Translations.FRENCH)).isEqualTo("!no.such.key!");
    }
}
