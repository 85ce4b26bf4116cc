package fr.cpro.base;

import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Spring's validator (services' {@code @Validated} methods) speaks the same French as the forms. */
@Configuration(proxyBeanMethods = false)
class ValidationSetup {

    @Bean
    ValidationConfigurationCustomizer translatedConstraintMessages() {
        return configuration -> configuration.messageInterpolator(new ConstraintMessages());
    }
}
