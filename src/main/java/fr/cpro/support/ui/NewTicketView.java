package fr.cpro.support.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import fr.cpro.base.FileSizes;
import fr.cpro.base.FrenchDates;
import fr.cpro.base.ui.ErrorReporter;
import fr.cpro.base.ui.HasUnsavedChanges;
import fr.cpro.base.ui.UnsavedChanges;
import fr.cpro.security.AppRoles;
import fr.cpro.support.AttachmentReceiver;
import fr.cpro.support.CreatedTicket;
import fr.cpro.support.NewTicket;
import fr.cpro.support.SupportException;
import fr.cpro.support.TicketService;
import fr.cpro.support.SupportCategory;
import jakarta.annotation.security.RolesAllowed;

import java.util.Arrays;

/**
 * "Vous ne trouvez pas de réponses à votre question ?": the ticket form. Category (preselected
 * by {@code ?categorie=NAME}), subject, message and one file; the answer date is shown once sent.
 */
@Route(NewTicketView.ROUTE)
@RolesAllowed(AppRoles.ETABLISSEMENT)
public class NewTicketView extends Main implements HasDynamicTitle, HasUnsavedChanges, BeforeEnterObserver {

    public static final String ROUTE = "assistance/nouveau-ticket";
    public static final String CATEGORY_PARAMETER = "categorie";

    final ComboBox<SupportCategory> category = new ComboBox<>();
    final TextField subject = new TextField();
    final TextArea message = new TextArea();
    final AttachmentField attachment;
    final Button send = new Button();
    final Div form = new Div();
    final Div result = new Div();
    // The record's constraints, in French, under each field; the service checks them again.
    private final BeanValidationBinder<NewTicket> binder = new BeanValidationBinder<>(NewTicket.class);
    private final TicketService tickets;
    private final FrenchDates dates;
    private boolean sent;

    NewTicketView(TicketService tickets, AttachmentReceiver receiver, FrenchDates dates, FileSizes sizes) {
        this.dates = dates;
        this.tickets = tickets;
        addClassNames("cpro-page", "cpro-new-ticket");
        add(new H1(getTranslation("support.new.title")), new Paragraph(getTranslation("support.new.intro")));

        category.setLabel(getTranslation("support.new.category"));
        category.setItems(SupportCategory.values());
        category.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        category.setRequiredIndicatorVisible(true);
        subject.setLabel(getTranslation("support.new.subject"));
        subject.setMaxLength(NewTicket.SUBJECT_MAX);
        subject.setRequiredIndicatorVisible(true);
        message.setLabel(getTranslation("support.new.message"));
        message.setMaxLength(NewTicket.MESSAGE_MAX);
        message.setRequiredIndicatorVisible(true);
        message.addClassName("cpro-new-ticket__message");
        attachment = new AttachmentField(receiver, sizes, getTranslation("support.new.file"));
        binder.forField(category).bind("category");
        binder.forField(subject).bind("subject");
        binder.forField(message).bind("message");

        resetSendButton();
        send.addThemeVariants(ButtonVariant.PRIMARY);
        // One ticket per click: the browser disables the button at once, the server ignores a second event.
        send.setDisableOnClick(true);
        send.addClickListener(e -> onSend());

        form.addClassName("cpro-card");
        form.add(category, subject, message, attachment, send);
        result.setVisible(false);
        result.addClassNames("cpro-card", "cpro-new-ticket__result");
        result.getElement().setAttribute("role", "status");
        add(form, result, new RouterLink(getTranslation("support.new.list"), TicketListView.class));

        // The guard follows the fields; a file is not a field.
        attachment.addChangeListener(() -> UnsavedChanges.changed(this));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(CATEGORY_PARAMETER)
                .flatMap(name -> Arrays.stream(SupportCategory.values()).filter(c -> c.name().equalsIgnoreCase(name)).findFirst())
                .ifPresent(category::setValue);
    }

    private void onSend() {
        if (sent) {
            return;
        }
        if (!binder.validate().isOk()) {
            resetSendButton();
            return;
        }
        if (!attachment.sendWhenReady(this::send, this::resetSendButton)) {
            send.setText(getTranslation("support.upload.waiting"));
            send.setEnabled(false);
        }
    }

    private void send() {
        NewTicket request;
        try {
            request = binder.writeRecord();
        } catch (ValidationException changedWhileTheFileArrived) {
            attachment.keepIfAvailable(); // the binder shows why under the fields
            resetSendButton();
            return;
        }
        send.setText(getTranslation("support.new.sending"));
        try {
            CreatedTicket created = tickets.create(request, attachment.value().orElse(null));
            sent = true;
            attachment.sent();
            UnsavedChanges.changed(this);
            showResult(created);
        } catch (SupportException e) {
            fail(getTranslation(e.messageKey(), e.params()));
        } catch (RuntimeException e) {
            fail(getTranslation("support.error.send", ErrorReporter.report(e)));
        }
    }

    private void fail(String text) {
        attachment.keepIfAvailable();
        resetSendButton();
        var notification = Notification.show(text, 10_000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.ERROR);
    }

    private void resetSendButton() {
        send.setText(getTranslation("support.new.send"));
        send.setEnabled(true);
    }

    private void showResult(CreatedTicket created) {
        form.setVisible(false);
        var title = new H2(getTranslation("support.new.success.title"));
        var reference = new Paragraph(getTranslation("support.new.success.reference", created.reference()));
        reference.addClassName("cpro-new-ticket__reference");
        var deadline = new Paragraph(getTranslation("support.new.success.deadline", dates.full(created.dueAt())));
        deadline.addClassName("cpro-new-ticket__deadline");
        var open = new RouterLink(getTranslation("support.new.success.open"), TicketView.class,
                new RouteParameters(TicketView.REFERENCE, created.reference()));
        var another = new Button(getTranslation("support.new.success.another"), e -> startAgain());
        another.addThemeVariants(ButtonVariant.TERTIARY);
        result.add(title, reference, deadline, open, another);
        result.setVisible(true);
    }

    /** A new empty form; the category stays, as the next question is often on the same topic. */
    private void startAgain() {
        binder.readRecord(new NewTicket(category.getValue(), "", ""));
        sent = false;
        resetSendButton();
        result.removeAll();
        result.setVisible(false);
        form.setVisible(true);
        subject.focus();
    }

    @Override
    public boolean hasUnsavedChanges() {
        return !sent && (!subject.getValue().isBlank() || !message.getValue().isBlank() || attachment.hasContent());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("support.new.page-title") + " · " + getTranslation("app.name");
    }
}
