package fr.cpro.mail.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.cpro.base.FrenchDates;
import fr.cpro.mail.DemoMailbox;
import fr.cpro.mail.OutboxMail;

import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * "Courriels de démonstration": with no SMTP server the demo sends nothing, so this page
 * lists the outbox, each mail's text with its links clickable. It exists only with the demo
 * profile ({@link DemoOutboxRoute} registers it; elsewhere the address is no route) and is
 * open without signing in, because the first
 * mail a newcomer needs is the activation link of an account that cannot sign in yet. Those
 * links open accounts, so the page answers only requests made on this machine
 * ({@link FromThisMachine}); from anywhere else it is "Page introuvable" too.
 */
@AnonymousAllowed
public class DemoOutboxView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "demo/courriels";
    private static final Pattern URL = Pattern.compile("https?://\\S+");

    private final DemoMailbox mailbox;
    private final FrenchDates dates;
    final Grid<OutboxMail> grid = new Grid<>();
    final TextField filter = new TextField();

    DemoOutboxView(DemoMailbox mailbox, FrenchDates dates) {
        this.dates = dates;
        this.mailbox = mailbox;
        addClassNames("cpro-page", "cpro-outbox");
        var banner = new Paragraph(getTranslation("outbox.demo-banner"));
        banner.addClassName("cpro-outbox__banner");
        banner.getElement().setAttribute("role", "note");
        add(banner, new H1(getTranslation("outbox.title")), new Paragraph(getTranslation("outbox.intro")));

        filter.setLabel(getTranslation("outbox.filter"));
        filter.setPlaceholder(getTranslation("outbox.filter.placeholder"));
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.addColumn(m -> dates.compact(m.getCreatedAt())).setHeader(getTranslation("outbox.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutboxMail::getRecipient).setHeader(getTranslation("outbox.to")).setAutoWidth(true);
        grid.addColumn(OutboxMail::getSubject).setHeader(getTranslation("outbox.subject")).setFlexGrow(2);
        grid.addColumn(m -> getTranslation(m.getStatus().labelKey()))
                .setHeader(getTranslation("outbox.status")).setAutoWidth(true).setFlexGrow(0);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::body));
        grid.setDetailsVisibleOnClick(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(false);
        grid.setHeight("70vh");
        // Each fetch is its own request: checked again, not only at navigation.
        grid.setItems(query -> FromThisMachine.currentRequest()
                        ? this.mailbox.find(filter.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                        : Stream.empty())
                // Rows keep their open details across refreshes: a mail is its id.
                .setIdentifierProvider(OutboxMail::getId);

        add(filter, grid, new Anchor("login", getTranslation("outbox.back-to-login")));
    }

    /** The plain-text body, its addresses turned into links. */
    private Div body(OutboxMail mail) {
        var body = new Div();
        body.addClassName("cpro-outbox__body");
        String text = mail.getBodyText();
        var matcher = URL.matcher(text);
        int from = 0;
        while (matcher.find()) {
            body.add(new Span(text.substring(from, matcher.start())));
            var link = new Anchor(matcher.group(), matcher.group());
            link.addClassName("cpro-outbox__link");
            body.add(link);
            from = matcher.end();
        }
        body.add(new Span(text.substring(from)));
        if (mail.getLastError() != null) {
            var error = new Paragraph(getTranslation("outbox.last-error", mail.getLastError()));
            error.addClassName("cpro-outbox__error");
            body.add(error);
        }
        return body;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!FromThisMachine.currentRequest()) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outbox.title") + " · " + getTranslation("app.name");
    }
}
