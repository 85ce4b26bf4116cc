package fr.cpro.support.help;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The help centre's settings, under {@code cpro.support}.
 *
 * @param firstResponseBusinessHours the promised delay of the support team's first answer, in
 *                                   business hours (the guide's "72h ouvrées"); shown in the help centre
 */
@ConfigurationProperties("cpro.support")
public record HelpCentreProperties(@DefaultValue("72") int firstResponseBusinessHours) {

    public HelpCentreProperties {
        if (firstResponseBusinessHours <= 0) {
            throw new IllegalArgumentException("cpro.support.first-response-business-hours must be positive");
        }
    }
}
