package fr.cpro;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;

/**
 * CPRO STI: the account-and-support shell of the skills-tracking platform.
 * The app shell loads Lumo and the app's one stylesheet from {@code frontend/}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
// Pages opened from mails carry single-use tokens in their address: never send it to another site.
@Meta(name = "referrer", content = "same-origin")
public class Application implements AppShellConfigurator {

    /** Time zone of every business rule: the schools are in France. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    /** Time comes from here, so expiry and deadline rules can be tested with a fixed clock. */
    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
