package fr.cpro.establishment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import fr.cpro.base.FrenchDates;
import fr.cpro.base.ui.MainLayout;
import fr.cpro.base.ui.NavbarItem;
import fr.cpro.base.ui.UnsavedChanges;
import fr.cpro.establishment.DiplomaService;
import fr.cpro.security.CproPrincipal;

import java.util.Optional;

/**
 * The banner's "Changer de diplôme", for school administrators, with the diploma they work in
 * beside it. Changing diploma leaves the current work, so it goes through the unsaved-work guard.
 */
@org.springframework.stereotype.Component
class ChangeDiplomaNavbarItem implements NavbarItem {

    private final DiplomaService diplomas;
    private final FrenchDates dates;

    ChangeDiplomaNavbarItem(DiplomaService diplomas, FrenchDates dates) {
        this.diplomas = diplomas;
        this.dates = dates;
    }

    @Override
    public Optional<Component> create(CproPrincipal user) {
        if (!user.isSchoolAdministrator()) {
            return Optional.empty();
        }
        var button = new Button(VaadinIcon.ACADEMY_CAP.create());
        String label = button.getTranslation("diploma.navbar");
        String active = diplomas.myActiveDiploma().map(d -> d.shortName())
                .orElseGet(() -> button.getTranslation("diploma.navbar.none"));
        button.setText(label);
        var diploma = MainLayout.navbarLabel(active);
        diploma.addClassName("cpro-navbar__diploma");
        // After the text, inside the button: one focus stop, one click target. The space keeps
        // the words apart for assistive technology, which joins inline text as it stands.
        button.getElement().appendChild(com.vaadin.flow.dom.Element.createText(" "), diploma.getElement());
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.addClassNames("cpro-navbar__item", "cpro-navbar__change-diploma");
        show(button, diploma, active);
        button.addClickListener(e -> e.getSource().getUI().ifPresent(ui ->
                UnsavedChanges.runWhenConfirmed(ui, () -> new ChangeDiplomaDialog(diplomas, dates,
                        chosen -> show(button, diploma, chosen.shortName())).open())));
        return Optional.of(button);
    }

    private static void show(Button button, Span diploma, String shortName) {
        diploma.setText(shortName);
        // On a phone the banner shows the icon only: the name must not depend on the visible text.
        // It starts with the visible words (WCAG 2.5.3, label in name): speech users say what they see.
        button.getElement().setAttribute("aria-label", button.getTranslation("diploma.navbar.aria", shortName));
    }

    @Override
    public int getOrder() {
        return 30;
    }
}
