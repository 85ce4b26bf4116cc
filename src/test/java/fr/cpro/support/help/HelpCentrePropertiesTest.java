package fr.cpro.support.help;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The promised delay comes from the settings: 72 business hours unless configured. */
class HelpCentrePropertiesTest {

    private static HelpCentreProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("cpro.support", HelpCentreProperties.class);
    }

    @Test
    void seventyTwoBusinessHoursByDefault() {
        assertThat(bind(Map.of()).firstResponseBusinessHours()).isEqualTo(72);
    }

    @Test
    void theDelayIsConfigurable() {
        assertThat(bind(Map.of("cpro.support.first-response-business-hours", "48")).firstResponseBusinessHours())
                .isEqualTo(48);
    }

    @Test
    void aDelayOfZeroIsRefused() {
        assertThatThrownBy(() -> bind(Map.of("cpro.support.first-response-business-hours", "0")))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }
}
