package fr.cpro.mail.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import fr.cpro.CproTest;
import fr.cpro.mail.OutboxMail;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;

import static org.assertj.core.api.Assertions.assertThat;

@CproTest
@WithAnonymousUser
class DemoOutboxViewTest extends SpringBrowserlessTest {

    @Test
    void aVisitorReadsTheActivationMailOfTheSchoolAwaitingItsFirstConnection() {
        DemoOutboxView view = navigate(DemoOutboxView.class);
        test(view.filter).setValue("0759998K");
        var grid = test(view.grid);
        assertThat(grid.size()).isGreaterThanOrEqualTo(1);
        OutboxMail mail = grid.getRow(0);
        assertThat(mail.getRecipient()).isEqualTo("ce.0759998K@ac-paris.fr");
        assertThat(mail.getSubject()).isEqualTo("CPRO STI : Activez le compte de votre établissement");
        assertThat(mail.getBodyText()).contains("/activation/");
    }
}
