package fr.cpro.support;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of support tickets ({@code cpro.support.*}) and of attachment storage ({@code cpro.storage.*}
 * is read by {@link StorageProperties}).
 *
 * @param teamEmail                  the support team's address, told of every new ticket
 * @param firstResponseBusinessHours the promise made to schools: "72 heures ouvrées" (help centre, tickets)
 * @param autoCloseDays              a resolved ticket without a reply closes itself after this many days
 * @param maxAttachmentSize          one file, at most (6 Go); enforced while streaming
 */
@ConfigurationProperties("cpro.support")
public record SupportProperties(
        @DefaultValue("support@cpro.demo") String teamEmail,
        @DefaultValue("72") int firstResponseBusinessHours,
        @DefaultValue("15") int autoCloseDays,
        @DefaultValue("6GB") DataSize maxAttachmentSize) {

    public SupportProperties {
        if (firstResponseBusinessHours <= 0) {
            throw new IllegalArgumentException("cpro.support.first-response-business-hours must be positive");
        }
        if (autoCloseDays <= 0) {
            throw new IllegalArgumentException("cpro.support.auto-close-days must be positive");
        }
    }
}
