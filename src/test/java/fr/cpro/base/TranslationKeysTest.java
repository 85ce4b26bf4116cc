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
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every translation key that the code uses exists in translations.properties. */
class TranslationKeysTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"\\s*[,)]");
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
    void everyComputedKeyExists() {
        var keys = new ArrayList<String>();
        for (String role : List.of(AppRoles.ETABLISSEMENT, AppRoles.AGENT, AppRoles.SUPERVISEUR)) {
            keys.add("role." + role);
        }
        for (var reason : InvalidUaiException.Reason.values()) {
            keys.add(new InvalidUaiException(reason).messageKey());
        }
        for (var category : SupportCategory.values()) {
            keys.add(category.labelKey());
            keys.add("help.category." + category.name() + ".description");
        }
        for (var status : fr.cpro.establishment.SubscriptionStatus.values()) {
            keys.add("subscription.status." + status.name());
        }
        // Keys that services hand to the screens (exceptions, Accueil's tile lines).
        keys.addAll(List.of("diploma.error.not-subscribed", "diploma.error.expired", "diploma.error.upcoming",
                "home.tile.subscription.diploma", "home.tile.subscription.valid", "home.tile.subscription.ending",
                "home.tile.subscription.ends-tomorrow", "home.tile.subscription.ends-today",
                "home.tile.subscription.none", "home.tile.school.name", "home.tile.school.uai",
                "home.tile.school.email", "home.tile.school.academie"));
        for (var purpose : fr.cpro.account.TokenPurpose.values()) {
            for (var reason : fr.cpro.account.TokenRefusedException.Reason.values()) {
                keys.add(new fr.cpro.account.TokenRefusedException(reason, purpose).messageKey());
            }
        }
        for (int score = 0; score <= 4; score++) {
            keys.add("password.strength." + score);
        }
        for (var status : fr.cpro.mail.OutboxMail.Status.values()) {
            keys.add("outbox.status." + status.name());
        }
        for (String rule : java.util.List.of("length", "too-long", "personal", "common", "same")) {
            keys.add("password.rule." + rule);
        }
        for (var status : fr.cpro.support.TicketStatus.values()) {
            keys.add(status.labelKey());
        }
        for (var side : fr.cpro.support.AuthorSide.values()) {
            keys.add("support.ticket.side." + side.name());
        }
        // Keys the service passes to the French texts of mails and refusals.
        keys.addAll(List.of("support.mail.school.subject", "support.mail.school.text", "support.mail.team.subject",
                "support.mail.team.text", "support.error.not-found", "support.error.subject.required",
                "support.error.subject.too-long", "support.error.message.required", "support.error.message.too-long",
                "support.error.category.required", "support.error.closed", "support.error.already-resolved",
                "support.error.not-resolved", "support.error.storage", "support.upload.too-large",
                "support.upload.no-space", "support.upload.failed", "support.upload.received",
                "support.upload.in-progress"));
        new ModuleCatalogue().all().forEach(m -> {
            keys.add(m.titleKey());
            keys.add(m.descriptionKey());
        });
        assertThat(keys).allSatisfy(key -> assertThat(translations.has(key)).as(key).isTrue());
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
