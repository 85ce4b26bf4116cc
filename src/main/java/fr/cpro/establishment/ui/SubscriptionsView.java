package fr.cpro.establishment.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.cpro.base.FrenchDates;
import fr.cpro.establishment.DiplomaService;
import fr.cpro.establishment.SubscriptionStatus;
import fr.cpro.establishment.SubscriptionSummary;
import fr.cpro.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;

import java.util.Locale;

/** Abonnement: the school's subscriptions, with status, dates and licences. */
@Route(SubscriptionsView.ROUTE)
@RolesAllowed(AppRoles.ETABLISSEMENT)
public class SubscriptionsView extends Main implements HasDynamicTitle {

    public static final String ROUTE = "abonnement";

    final Grid<SubscriptionSummary> grid = new Grid<>();

    SubscriptionsView(DiplomaService diplomas, FrenchDates dates) {
        addClassNames("cpro-page", "cpro-subscriptions");
        add(new H1(getTranslation("subscription.title")));
        add(new Paragraph(getTranslation("subscription.intro")));
        var active = new Paragraph(diplomas.myActiveSubscription()
                .map(s -> getTranslation("subscription.active", s.diploma().shortName()))
                .orElseGet(() -> getTranslation("subscription.none")));
        active.addClassName("cpro-subscriptions__active");
        add(active);

        grid.addColumn(new ComponentRenderer<>(this::diploma)).setHeader(getTranslation("subscription.diploma"))
                .setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(this::statusBadge)).setHeader(getTranslation("subscription.status"))
                .setAutoWidth(true);
        grid.addColumn(s -> dates.format(s.startDate())).setHeader(getTranslation("subscription.start"))
                .setAutoWidth(true);
        grid.addColumn(s -> dates.format(s.endDate())).setHeader(getTranslation("subscription.end"))
                .setAutoWidth(true);
        grid.addColumn(SubscriptionSummary::licences).setHeader(getTranslation("subscription.licences"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // Lazy, one SQL page at a time; so the grid needs a height of its own (all rows visible would
        // fetch every page at once). Room for about six two-line rows, less on a small screen.
        grid.setHeight("min(32rem, 60vh)");
        grid.setItems(query -> diplomas.mySubscriptions(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setEmptyStateText(getTranslation("subscription.empty"));
        add(grid);
    }

    private Div diploma(SubscriptionSummary subscription) {
        var name = new Span(subscription.diploma().shortName());
        name.addClassName("cpro-diploma-option__name");
        var title = new Span(subscription.diploma().title());
        title.addClassName("cpro-diploma-option__title");
        var cell = new Div(name, title);
        // Two lines: the long official titles wrap instead of being cut.
        cell.addClassName("cpro-diploma-option");
        return cell;
    }

    private Span statusBadge(SubscriptionSummary subscription) {
        var badge = new Span(getTranslation(subscription.status().labelKey()));
        badge.addClassNames("cpro-status", "cpro-status--" + subscription.status().name().toLowerCase(Locale.ROOT));
        if (subscription.status() == SubscriptionStatus.EXPIRING) {
            badge.setText(badge.getText() + " · " + getTranslation("subscription.days-left",
                    String.valueOf(subscription.daysLeft())));
        }
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("subscription.title") + " · " + getTranslation("app.name");
    }
}
