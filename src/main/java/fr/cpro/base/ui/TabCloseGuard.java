package fr.cpro.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.AfterNavigationEvent;

/**
 * The browser half of the unsaved-work guard: closing or reloading the tab while the current
 * {@link HasUnsavedChanges} view has unsaved changes asks the browser's own confirmation
 * ({@code beforeunload}). The browser must answer alone, at once, so it keeps the answer:
 *
 * <ul>
 *   <li>the server tells it the view's state in the response of every round trip that changed a
 *       value in the view (no extra request: the fields already sent their values), or when the
 *       view says its state changed otherwise ({@link UnsavedChanges#changed});</li>
 *   <li>between two such answers, any typing in the view counts as unsaved: fields send their
 *       value when they lose the focus, not at each key, and a tab closed while typing must ask.</li>
 * </ul>
 */
final class TabCloseGuard {

    private static final String ARMED = "cpro-tab-guard-armed";
    private static final String WATCHED = "cpro-tab-guard-watched";
    private static final String SCHEDULED = "cpro-tab-guard-scheduled";

    // Installed once per page load; each call says which view is watched and whether it is dirty,
    // and forgets the typing that the server has now heard of.
    private static final String SYNC = """
            const guard = window.cproTabGuard ??= (() => {
              const state = { view: null, dirty: false, typed: false };
              window.addEventListener('beforeunload', event => {
                if (state.dirty || state.typed) {
                  event.preventDefault();
                  event.returnValue = '';
                }
              });
              document.addEventListener('input', event => {
                if (state.view && event.composedPath().includes(state.view)) {
                  state.typed = true;
                }
              }, true);
              return state;
            })();
            guard.view = $0;
            guard.dirty = $1;
            guard.typed = false;
            """;

    private TabCloseGuard() {
    }

    /** A UI-wide after-navigation listener: watches the new view, or stands down outside forms. */
    static void afterNavigation(AfterNavigationEvent event) {
        var chain = event.getActiveChain();
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        if (!chain.isEmpty() && chain.getFirst() instanceof HasUnsavedChanges form
                && chain.getFirst() instanceof Component view) {
            watch(view);
            push(ui, view.getElement(), form.hasUnsavedChanges());
        } else if (ComponentUtil.getData(ui, ARMED) != null) {
            push(ui, null, false);
        }
    }

    /** Stands down before the app itself leaves the page (sign-out), once the user has agreed. */
    static void standDown(UI ui) {
        if (ComponentUtil.getData(ui, ARMED) != null) {
            push(ui, null, false);
        }
    }

    /** Tells the browser the view's state in the response to the current round trip, once. */
    static void schedule(Component view) {
        if (!(view instanceof HasUnsavedChanges form) || Boolean.TRUE.equals(ComponentUtil.getData(view, SCHEDULED))) {
            return;
        }
        view.getUI().ifPresent(ui -> {
            ComponentUtil.setData(view, SCHEDULED, true);
            ui.beforeClientResponse(view, context -> {
                ComponentUtil.setData(view, SCHEDULED, null);
                push(ui, view.getElement(), form.hasUnsavedChanges());
            });
        });
    }

    /** Whether the browser was last told to ask before the tab closes; for tests. */
    static boolean armed(UI ui) {
        return Boolean.TRUE.equals(ComponentUtil.getData(ui, ARMED));
    }

    // Every field of the view, found once per view instance (the router may reuse it): the view
    // says nothing but whether it has unsaved changes.
    private static void watch(Component view) {
        if (ComponentUtil.getData(view, WATCHED) != null) {
            return;
        }
        ComponentUtil.setData(view, WATCHED, true);
        listenToFields(view, view);
    }

    private static void listenToFields(Component component, Component view) {
        if (component instanceof HasValue<?, ?> field) {
            field.addValueChangeListener(e -> schedule(view));
        }
        component.getChildren().forEach(child -> listenToFields(child, view));
    }

    private static void push(UI ui, Element view, boolean dirty) {
        // Remembered while a view is watched, so that leaving it for a page without a form stands down.
        ComponentUtil.setData(ui, ARMED, view == null ? null : dirty);
        ui.getPage().executeJs(SYNC, view, dirty);
    }
}
