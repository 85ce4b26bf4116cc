package fr.cpro.support.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import fr.cpro.base.FileSizes;
import fr.cpro.support.AttachmentReceiver;
import fr.cpro.support.NewTicket;
import fr.cpro.support.ReceivedFile;
import fr.cpro.support.TicketReply;

import java.util.function.BiPredicate;

/**
 * The school's reply on a ticket: a message and an optional file under the same rules as the
 * ticket. Sending waits for an upload in progress.
 */
final class ReplyForm extends Composite<Section> {

    final TextArea message = new TextArea();
    final AttachmentField attachment;
    final Button send = new Button();
    final Paragraph reopens = new Paragraph();
    private final BeanValidationBinder<TicketReply> binder = new BeanValidationBinder<>(TicketReply.class);
    private final BiPredicate<String, ReceivedFile> sender;

    /** @param sender sends the reply; answers whether it was sent (otherwise the view told why) */
    ReplyForm(AttachmentReceiver receiver, FileSizes sizes, BiPredicate<String, ReceivedFile> sender) {
        this.sender = sender;
        var section = getContent();
        section.addClassNames("cpro-card", "cpro-reply");
        message.setLabel(getTranslation("support.ticket.reply.message"));
        message.setMaxLength(NewTicket.MESSAGE_MAX);
        message.setRequiredIndicatorVisible(true);
        message.setWidthFull();
        binder.forField(message).bind("message");
        attachment = new AttachmentField(receiver, sizes, getTranslation("support.new.file"));
        reopens.setText(getTranslation("support.ticket.reply.reopens"));
        reopens.setVisible(false);
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(e -> onSend());
        reset();
        section.add(new H2(getTranslation("support.ticket.reply")), reopens, message, attachment, send);
    }

    /** Told whenever the text or the file changes (for the unsaved-work guard). */
    void addChangeListener(Runnable listener) {
        message.addValueChangeListener(e -> listener.run());
        attachment.addChangeListener(listener);
    }

    boolean hasContent() {
        return !message.getValue().isBlank() || attachment.hasContent();
    }

    private void onSend() {
        if (!binder.validate().isOk()) {
            reset();
            return;
        }
        if (!attachment.sendWhenReady(this::send, this::reset)) {
            send.setText(getTranslation("support.upload.waiting"));
            send.setEnabled(false);
        }
    }

    private void send() {
        if (sender.test(message.getValue(), attachment.value().orElse(null))) {
            binder.readRecord(new TicketReply(""));
            attachment.sent();
        } else {
            attachment.keepIfAvailable();
        }
        reset();
    }

    private void reset() {
        send.setText(getTranslation("support.ticket.reply.send"));
        send.setEnabled(true);
    }
}
