package fr.cpro.support;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The promised delay and the other support settings: defaults, configuration, refusals. */
class SupportPropertiesTest {

    private static SupportProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("cpro.support", SupportProperties.class);
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
    void defaultsMatchTheGuide() {
        var defaults = bind(Map.of());
        assertThat(defaults.autoCloseDays()).isEqualTo(15);
        assertThat(defaults.maxAttachmentSize().toGigabytes()).isEqualTo(6);
    }

    @Test
    void aDelayOfZeroIsRefused() {
        assertThatThrownBy(() -> bind(Map.of("cpro.support.first-response-business-hours", "0")))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }
}
