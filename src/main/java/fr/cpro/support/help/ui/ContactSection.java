package fr.cpro.support.help.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import fr.cpro.support.SupportCategory;
import fr.cpro.support.ui.NewTicketView;
import fr.cpro.support.ui.TicketListView;

/**
 * The way to the support team, as the guide words it: "Vous ne trouvez pas de réponses à votre
 * question ?" opens the ticket form, "Créer un ticket d'aide" the list of the school's
 * tickets; both promise the first answer within the business hours of the settings.
 */
class ContactSection extends Composite<Section> {

    /** The ticket form; {@value #CATEGORY_PARAMETER} preselects its category. */
    static final String TICKET_FORM = NewTicketView.ROUTE;
    static final String TICKET_LIST = TicketListView.ROUTE;
    static final String CATEGORY_PARAMETER = "categorie";

    final Anchor form;
    final Anchor list;

    ContactSection(int businessHours) {
        var section = getContent();
        section.addClassName("cpro-help-contact");
        section.getElement().setAttribute("aria-label", getTranslation("help.contact.label"));
        form = card(TICKET_FORM, VaadinIcon.ENVELOPE_O, "help.contact.form", "help.contact.form.text", businessHours);
        list = card(TICKET_LIST, VaadinIcon.LIST_UL, "help.contact.list", "help.contact.list.text", businessHours);
        section.add(form, list);
    }

    /** The ticket form will open on this category (the one the school was reading). */
    void preselect(SupportCategory category) {
        form.setHref(formHref(category));
    }

    static String formHref(SupportCategory category) {
        return category == null ? TICKET_FORM : TICKET_FORM + "?" + CATEGORY_PARAMETER + "=" + category.name();
    }

    /** The promise, e.g. "Réponse sous 72 heures ouvrées". */
    static Span promise(Composite<?> owner, int businessHours) {
        var promise = new Span(owner.getTranslation("help.contact.promise", businessHours));
        promise.addClassName("cpro-help-promise");
        return promise;
    }

    private Anchor card(String href, VaadinIcon iconName, String titleKey, String textKey, int businessHours) {
        var link = new Anchor(href, "");
        // The tickets' views are routes of this app: navigate inside it.
        link.getElement().setAttribute("router-link", true);
        link.addClassName("cpro-help-contact__card");
        var icon = iconName.create();
        icon.addClassName("cpro-help-contact__icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        var title = new H2(getTranslation(titleKey));
        title.addClassName("cpro-help-contact__title");
        var text = new Paragraph(getTranslation(textKey));
        text.addClassName("cpro-help-contact__text");
        link.add(icon, title, text, promise(this, businessHours));
        return link;
    }
}
