package fr.cpro.mail.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import fr.cpro.base.FrenchDates;
import fr.cpro.base.Translations;
import fr.cpro.mail.DemoMailbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import java.time.Clock;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/** Without the demo profile there is no DemoMailbox bean, and the page is "not found". */
class DemoOutboxOutsideTheDemoTest {

    @Test
    void withoutTheDemoMailboxThePageIsNotFound() {
        var noMailbox = new StaticListableBeanFactory().getBeanProvider(DemoMailbox.class);
        var view = new DemoOutboxView(noMailbox, new FrenchDates(new Translations(), Clock.systemUTC()));
        var event = mock(BeforeEnterEvent.class);
        view.beforeEnter(event);
        verify(event).rerouteToError(NotFoundException.class);
    }
}
