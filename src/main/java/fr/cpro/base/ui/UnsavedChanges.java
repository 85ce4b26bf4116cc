package fr.cpro.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.BeforeLeaveEvent;

/**
 * The unsaved-work guard. The guide tells users "Veillez à enregistrer votre travail"
 * before Accueil and Déconnexion; instead of relying on their memory, every navigation
 * away from a {@link HasUnsavedChanges} view with pending changes, and every sign-out,
 * asks first; closing or reloading the browser tab asks too ({@link TabCloseGuard}).
 */
public final class UnsavedChanges {

    private UnsavedChanges() {
    }

    /** A UI-wide before-leave listener: postpones the navigation until the user confirms. */
    static void beforeLeave(BeforeLeaveEvent event) {
        if (!isDirty(event.getUI())) {
            return;
        }
        var navigation = event.postpone();
        confirm(event.getUI(), navigation::proceed);
    }

    /** Runs the action now, or after confirmation when the current view has unsaved changes. */
    public static void runWhenConfirmed(UI ui, Runnable action) {
        // The action leaves the page (sign-out): the browser must not ask a second time.
        Runnable leave = () -> {
            TabCloseGuard.standDown(ui);
            action.run();
        };
        if (isDirty(ui)) {
            confirm(ui, leave);
        } else {
            leave.run();
        }
    }

    /**
     * Says that the current view's unsaved state may have changed otherwise than through one of
     * its fields (a file received, a form sent), so that closing the tab asks, or no longer asks.
     * Changes of the view's fields are seen without this.
     *
     * @param source the view or any component in it
     */
    public static void changed(Component source) {
        source.getUI().ifPresent(ui -> {
            var chain = ui.getInternals().getActiveRouterTargetsChain();
            if (!chain.isEmpty() && chain.getFirst() instanceof Component view) {
                TabCloseGuard.schedule(view);
            }
        });
    }

    static boolean isDirty(UI ui) {
        // The first of the chain is the view; the chain is empty before the first navigation.
        var chain = ui.getInternals().getActiveRouterTargetsChain();
        return !chain.isEmpty() && chain.getFirst() instanceof HasUnsavedChanges form && form.hasUnsavedChanges();
    }

    private static void confirm(UI ui, Runnable onLeave) {
        var dialog = new ConfirmDialog();
        dialog.addClassName("cpro-unsaved-dialog");
        // An h2, not the h3 that ConfirmDialog makes of a text header: the page has an h1 and
        // the dialog's title must not skip a level (axe: heading-order).
        dialog.setHeader(new com.vaadin.flow.component.html.H2(ui.getTranslation("unsaved.title")));
        dialog.setText(ui.getTranslation("unsaved.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(ui.getTranslation("unsaved.stay"));
        dialog.setConfirmText(ui.getTranslation("unsaved.leave"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> onLeave.run());
        dialog.open();
    }
}
