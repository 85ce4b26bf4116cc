package fr.cpro.helpdesk.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import fr.cpro.helpdesk.TicketPresence;

import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** "X consulte ce ticket" / "X rédige une réponse": reported and read every 5 s while the page is open. */
final class PresenceBar extends Div {

    static final int POLL_MILLIS = 5_000;

    private final TicketPresence presence;
    private final String pageId = UUID.randomUUID().toString();
    private final String agentName;
    private final Supplier<String> reference;
    private final BooleanSupplier writing;
    private Registration poll;

    PresenceBar(TicketPresence presence, String agentName, Supplier<String> reference, BooleanSupplier writing) {
        this.presence = presence;
        this.agentName = agentName;
        this.reference = reference;
        this.writing = writing;
        addClassName("cpro-workspace__presence");
        getElement().setAttribute("aria-live", "polite");
    }

    /** Reports this page and shows the others. */
    void update() {
        String ref = reference.get();
        if (ref == null) {
            return;
        }
        presence.report(ref, pageId, agentName, writing.getAsBoolean());
        removeAll();
        presence.others(ref, pageId).forEach(v -> add(new Span(getTranslation(
                v.writing() ? "helpdesk.presence.writing" : "helpdesk.presence.viewing", v.agentName()))));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(POLL_MILLIS);
        poll = event.getUI().addPollListener(e -> update());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (poll != null) {
            poll.remove();
        }
        String ref = reference.get();
        if (ref != null) {
            presence.leave(ref, pageId);
        }
    }
}
