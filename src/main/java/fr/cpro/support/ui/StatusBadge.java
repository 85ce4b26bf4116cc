package fr.cpro.support.ui;

import com.vaadin.flow.component.html.Span;
import fr.cpro.support.TicketStatus;

import java.util.Locale;

/** A ticket's status as a badge: the French word is always written, colour only adds to it. */
final class StatusBadge extends Span {

    StatusBadge(TicketStatus status) {
        setText(getTranslation(status.labelKey()));
        addClassNames("cpro-badge", "cpro-badge--" + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
