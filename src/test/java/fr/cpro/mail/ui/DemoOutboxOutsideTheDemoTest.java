package fr.cpro.mail.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import fr.cpro.mail.DemoMailbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/** Without the demo profile there is no DemoMailbox bean, and the page is "not found". */
class DemoOutboxOutsideTheDemoTest {

    @Test
    void withoutTheDemoMailboxThePageIsNotFound() {
        var noMailbox = new StaticListableBeanFactory().getBeanProvider(DemoMailbox.class);
        var view = new DemoOutboxView(noMailbox);
        var event = mock(BeforeEnterEvent.class);
        view.beforeEnter(event);
        verify(event).rerouteToError(NotFoundException.class);
    }
}
