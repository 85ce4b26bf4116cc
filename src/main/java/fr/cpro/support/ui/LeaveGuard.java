package fr.cpro.support.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/**
 * The browser half of the unsaved-work guard: closing the tab or reloading while text is typed or
 * a file is being sent asks the browser's own confirmation ({@code beforeunload}). Navigation inside
 * the app is guarded by {@link fr.cpro.base.ui.UnsavedChanges}.
 */
final class LeaveGuard {

    private static final String KEY = "cpro-leave-guard";

    private LeaveGuard() {
    }

    /** Arms or disarms the browser's confirmation for this view; cheap to call on every change. */
    static void sync(Component view, boolean dirty) {
        Boolean armed = (Boolean) ComponentUtil.getData(view, KEY);
        if (armed != null && armed == dirty) {
            return;
        }
        ComponentUtil.setData(view, KEY, dirty);
        view.getUI().ifPresent(ui -> set(ui, dirty));
    }

    /** Disarms when the view is left inside the app. */
    static void install(Component view) {
        view.addDetachListener(e -> {
            if (Boolean.TRUE.equals(ComponentUtil.getData(view, KEY))) {
                ComponentUtil.setData(view, KEY, false);
                set(e.getUI(), false);
            }
        });
    }

    private static void set(UI ui, boolean dirty) {
        ui.getPage().executeJs("window.onbeforeunload = $0 ? (e => { e.preventDefault(); e.returnValue = ''; }) : null;",
                dirty);
    }
}
