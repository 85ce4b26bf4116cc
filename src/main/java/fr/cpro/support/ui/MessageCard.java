package fr.cpro.support.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import fr.cpro.base.FileSizes;
import fr.cpro.base.FrenchDates;
import fr.cpro.base.ui.Badge;
import fr.cpro.support.AttachmentView;
import fr.cpro.support.MessageView;

/**
 * One exchange of a ticket: who wrote it and when, the text with its line breaks, the files. The school's
 * ticket page and the team's workspace show messages alike; only the team ever gets internal notes, set
 * apart and labelled as invisible to the school.
 */
public final class MessageCard extends Article {

    private final FileSizes sizes;

    public MessageCard(MessageView message, FrenchDates dates, FileSizes sizes) {
        this.sizes = sizes;
        addClassNames("cpro-message", "cpro-message--" + message.side().name().toLowerCase(java.util.Locale.ROOT));
        var author = new Span(message.authorName());
        author.addClassName("cpro-message__author");
        var side = new Span(getTranslation(message.side().labelKey()));
        side.addClassName("cpro-message__side");
        var date = new Span(dates.full(message.createdAt()));
        date.addClassName("cpro-message__date");
        var header = new Header(author, side, date);
        if (message.internal()) {
            addClassName("cpro-message--internal");
            header.add(new Badge(getTranslation("support.ticket.internal"), "internal"));
        }
        // Plain text: line breaks kept by CSS (white-space: pre-wrap), never interpreted as HTML.
        var body = new Div();
        body.setText(message.body());
        body.addClassName("cpro-message__body");
        add(header, body);
        if (!message.attachments().isEmpty()) {
            var files = new UnorderedList();
            files.addClassName("cpro-message__files");
            message.attachments().forEach(a -> files.add(new ListItem(download(a))));
            add(files);
        }
    }

    private Anchor download(AttachmentView file) {
        var link = new Anchor(file.downloadPath(), "");
        link.add(VaadinIcon.DOWNLOAD.create(), new Span(file.name() + " (" + sizes.format(file.size()) + ")"));
        link.getElement().setAttribute("aria-label",
                getTranslation("support.ticket.download", file.name(), sizes.format(file.size())));
        // A plain HTTP download, not a route: Vaadin's router must leave it to the browser.
        link.getElement().setAttribute("router-ignore", true);
        link.getElement().setAttribute("download", file.name());
        link.setTarget(AnchorTarget.DEFAULT);
        link.addClassName("cpro-message__file");
        return link;
    }
}
