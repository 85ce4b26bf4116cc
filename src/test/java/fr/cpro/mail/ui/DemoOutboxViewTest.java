package fr.cpro.mail.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.mocks.MockRequest;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import fr.cpro.CproTest;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import fr.cpro.base.ui.NotFoundView;
import fr.cpro.mail.OutboxMail;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;

import java.util.List;

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

    @Test
    void theFirstThingThePageSaysIsThatItIsADemo() {
        DemoOutboxView view = navigate(DemoOutboxView.class);
        var banner = (Paragraph) view.getChildren().findFirst().orElseThrow();
        assertThat(banner.getText()).startsWith("Démonstration").contains("depuis cette machine");
        assertThat(banner.getElement().getAttribute("role")).isEqualTo("note");
    }

    @Test
    void aRequestForwardedByAProxyGetsPageNotFoundEvenOnThisMachine() {
        ServletRequest current = (VaadinServletRequest) VaadinRequest.getCurrent();
        while (!(current instanceof MockRequest) && current instanceof ServletRequestWrapper wrapper) {
            current = wrapper.getRequest();
        }
        var request = (MockRequest) current;
        request.getHeaders().put("X-Forwarded-For", List.of("203.0.113.7"));
        try {
            navigate(DemoOutboxView.ROUTE, NotFoundView.class);
            assertThat($(DemoOutboxView.class).exists()).isFalse();
        } finally {
            request.getHeaders().remove("X-Forwarded-For");
        }
    }
}
