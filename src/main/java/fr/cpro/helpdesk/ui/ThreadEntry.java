package fr.cpro.helpdesk.ui;

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

import java.util.Locale;

/** One message of the thread as agents see it; an internal note is set apart and says the school never sees it. */
final class ThreadEntry extends Article {

    ThreadEntry(MessageView message, FrenchDates dates, FileSizes sizes) {
        addClassNames("cpro-message", "cpro-message--" + message.side().name().toLowerCase(Locale.ROOT));
        var header = new Header(new Span(message.authorName()), new Span(getTranslation(message.side().labelKey())),
                new Span(dates.full(message.createdAt())));
        header.getChildren().forEach(c -> c.getElement().getClassList().add("cpro-message__meta"));
        if (message.internal()) {
            addClassName("cpro-message--internal");
            header.add(new Badge(getTranslation("helpdesk.thread.internal"), "internal"));
        }
        var body = new Div();
        body.setText(message.body());
        body.addClassName("cpro-message__body");
        add(header, body);
        if (!message.attachments().isEmpty()) {
            var files = new UnorderedList();
            files.addClassName("cpro-message__files");
            message.attachments().forEach(a -> files.add(new ListItem(download(a, sizes))));
            add(files);
        }
    }

    private Anchor download(AttachmentView file, FileSizes sizes) {
        var link = new Anchor(file.downloadPath(), "");
        link.add(VaadinIcon.DOWNLOAD.create(), new Span(file.name() + " (" + sizes.format(file.size()) + ")"));
        // A plain HTTP download (the endpoint checks that the reader is an agent or the ticket's school).
        link.getElement().setAttribute("router-ignore", true);
        link.getElement().setAttribute("download", file.name());
        link.setTarget(AnchorTarget.DEFAULT);
        return link;
    }
}
