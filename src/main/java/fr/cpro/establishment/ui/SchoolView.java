package fr.cpro.establishment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.cpro.base.ui.HasUnsavedChanges;
import fr.cpro.establishment.EstablishmentService;
import fr.cpro.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;

/** Mon établissement: the school's details, which its administrator keeps up to date. */
@Route(SchoolView.ROUTE)
@RolesAllowed(AppRoles.ETABLISSEMENT)
public class SchoolView extends Main implements HasDynamicTitle, HasUnsavedChanges {

    public static final String ROUTE = "mon-etablissement";

    final SchoolDetailsForm form = new SchoolDetailsForm();
    final Button save = new Button();
    private final EstablishmentService establishments;

    SchoolView(EstablishmentService establishments) {
        this.establishments = establishments;
        addClassNames("cpro-page", "cpro-school");
        add(new H1(getTranslation("school.title")));
        add(new Paragraph(getTranslation("school.intro")));

        save.setText(getTranslation("school.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        var card = new Section(form, save);
        card.addClassNames("cpro-card", "cpro-school__form");
        add(card);
        form.show(establishments.mySchool());
    }

    private void save() {
        var details = form.validDetails();
        if (details.isEmpty()) {
            return;
        }
        // The service checks the same constraints; the form has shown any refusal already.
        form.show(establishments.updateMySchool(details.get()));
        Notification.show(getTranslation("school.saved"), 5_000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.SUCCESS);
    }

    @Override
    public boolean hasUnsavedChanges() {
        return form.hasChanges();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("school.title") + " · " + getTranslation("app.name");
    }
}
