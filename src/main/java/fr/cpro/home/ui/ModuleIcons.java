package fr.cpro.home.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import fr.cpro.home.Module;
import fr.cpro.home.ModuleCatalogue;

/** The icon of each module's tile: a matter of the screen, so it lives here and not in the catalogue. */
final class ModuleIcons {

    private ModuleIcons() {
    }

    /** @throws IllegalArgumentException for a module without an icon (ModuleIconsTest checks the catalogue) */
    static VaadinIcon of(Module module) {
        return switch (module.key()) {
            case ModuleCatalogue.SUBSCRIPTION -> VaadinIcon.DIPLOMA;
            case ModuleCatalogue.SCHOOL -> VaadinIcon.INSTITUTION;
            case ModuleCatalogue.PERSONAL_SPACE -> VaadinIcon.USER_CARD;
            case ModuleCatalogue.ASSISTANCE -> VaadinIcon.QUESTION_CIRCLE_O;
            case ModuleCatalogue.TICKETS -> VaadinIcon.CHAT;
            default -> {
                if (module.icon() == null) {
                    throw new IllegalArgumentException("No icon for module " + module.key());
                }
                yield VaadinIcon.valueOf(module.icon());
            }
        };
    }
}
