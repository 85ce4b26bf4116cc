package fr.cpro.base.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import fr.cpro.CproTest;
import fr.cpro.home.ui.HomeView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@CproTest
@ExtendWith(OutputCaptureExtension.class)
@WithUserDetails("0759999L")
class ErrorReporterTest extends SpringBrowserlessTest {

    @Test
    void theUserReadsAFrenchMessageWithTheReferenceThatTheLogHas(CapturedOutput output) {
        navigate(HomeView.class);

        new ErrorReporter().error(new ErrorEvent(new IllegalStateException("panne simulée")));

        String text = test(find(Notification.class).single()).getText();
        assertThat(text).startsWith("Une erreur inattendue s'est produite");
        var matcher = Pattern.compile("ERR-[A-Z2-9]{6}").matcher(text);
        assertThat(matcher.find()).as("a reference in: " + text).isTrue();
        String reference = matcher.group();
        assertThat(output.getOut()).contains("Erreur " + reference).contains("panne simulée");
    }

    @Test
    void referencesDiffer() {
        assertThat(ErrorReporter.newReference()).isNotEqualTo(ErrorReporter.newReference()).matches("ERR-[A-Z2-9]{6}");
    }
}
