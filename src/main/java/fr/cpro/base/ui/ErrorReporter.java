package fr.cpro.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;

/**
 * The one error handler: the user reads a French message with a short reference, the log
 * has the exception under the same reference, so support can find it from a screenshot.
 */
public class ErrorReporter implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ErrorReporter.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public void error(ErrorEvent event) {
        String reference = report(event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            var notification = Notification.show(ui.getTranslation("error.unexpected", reference), 10_000,
                    Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.ERROR);
        }
    }

    /** Logs the exception with a new reference and returns that reference. */
    public static String report(Throwable throwable) {
        String reference = newReference();
        log.error("Erreur {}", reference, throwable);
        return reference;
    }

    static String newReference() {
        var sb = new StringBuilder("ERR-");
        for (int i = 0; i < 6; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
