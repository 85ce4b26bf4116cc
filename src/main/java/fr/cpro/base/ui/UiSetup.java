package fr.cpro.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import fr.cpro.base.Translations;
import org.springframework.stereotype.Component;

/**
 * What every session and every UI gets: French, the error handler, the unsaved-work guard.
 */
@Component
class UiSetup implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> {
            e.getSession().setErrorHandler(new ErrorReporter());
            e.getSession().setLocale(Translations.FRENCH);
        });
        event.getSource().addUIInitListener(e -> {
            var ui = e.getUI();
            ui.setLocale(Translations.FRENCH);
            ui.getElement().executeJs("document.documentElement.lang = 'fr'");
            ui.addBeforeLeaveListener(UnsavedChanges::beforeLeave);
            ui.addAfterNavigationListener(TabCloseGuard::afterNavigation);
        });
    }
}
