package fr.cpro.base.ui;

/**
 * A view with a form opts into the unsaved-work guard by implementing this: while it
 * answers {@code true}, leaving the view (a link, the banner, the browser's back button)
 * or signing out asks for confirmation first, and closing or reloading the browser tab makes
 * the browser ask. The guard follows the view's fields by itself; a view whose answer changes
 * otherwise (a file received, a form sent) calls {@link UnsavedChanges#changed}.
 */
public interface HasUnsavedChanges {

    /** Whether the user typed something that is not saved yet. */
    boolean hasUnsavedChanges();
}
