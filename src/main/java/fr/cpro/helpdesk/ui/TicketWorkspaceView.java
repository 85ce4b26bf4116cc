package fr.cpro.helpdesk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import fr.cpro.account.AccountService;
import fr.cpro.account.StaffMember;
import fr.cpro.base.FileSizes;
import fr.cpro.base.FrenchDates;
import fr.cpro.base.ui.Badge;
import fr.cpro.base.ui.HasUnsavedChanges;
import fr.cpro.establishment.DiplomaService;
import fr.cpro.establishment.SubscriptionSummary;
import fr.cpro.helpdesk.CannedResponseService;
import fr.cpro.helpdesk.CannedValues;
import fr.cpro.helpdesk.TicketPresence;
import fr.cpro.security.AppRoles;
import fr.cpro.security.CurrentUser;
import fr.cpro.support.AttachmentReceiver;
import fr.cpro.support.AuthorSide;
import fr.cpro.support.MessageView;
import fr.cpro.support.SupportException;
import fr.cpro.support.TeamTicketService;
import fr.cpro.support.TicketChangedException;
import fr.cpro.support.TicketNotFoundException;
import fr.cpro.support.TicketStatus;
import fr.cpro.support.TicketWorkspace;
import fr.cpro.support.ui.MessageCard;
import jakarta.annotation.security.RolesAllowed;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * One ticket as the team works on it: the school's card, the whole thread with internal notes set apart,
 * status and assignment, and the composer. Every change carries the version this page loaded; when someone
 * else acted meanwhile, the refusal says who did what, the page shows the new messages and the draft stays.
 */
@Route(TicketWorkspaceView.ROUTE)
@RolesAllowed({AppRoles.AGENT, AppRoles.SUPERVISEUR})
public class TicketWorkspaceView extends Main implements BeforeEnterObserver, HasDynamicTitle, HasUnsavedChanges {

    public static final String REFERENCE = "reference";
    public static final String ROUTE = "helpdesk/tickets/:" + REFERENCE;

    final H1 title = new H1();
    final Div badges = new Div();
    final Div schoolCard = new Div();
    final Section thread = new Section();
    final ComboBox<TicketStatus> status = new ComboBox<>();
    final ComboBox<StaffMember> assignee = new ComboBox<>();
    final Button assignToMe = new Button();
    final Composer composer;
    final PresenceBar presence;
    private final TeamTicketService team;
    private final FrenchDates dates;
    private final FileSizes sizes;
    private final AccountService accounts;
    private final DiplomaService diplomas;
    private TicketWorkspace ws;
    private boolean showing;

    TicketWorkspaceView(TeamTicketService team, TicketPresence presence, CurrentUser currentUser, FrenchDates dates,
                        FileSizes sizes, CannedResponseService canned, AttachmentReceiver receiver,
                        AccountService accounts, DiplomaService diplomas) {
        this.team = team;
        this.accounts = accounts;
        this.diplomas = diplomas;
        this.dates = dates;
        this.sizes = sizes;
        addClassNames("cpro-page", "cpro-workspace");
        composer = new Composer((text, internal, file) -> act(() -> team.reply(ws.ticket().reference(), text, internal,
                file, ws.version()), internal ? "helpdesk.composer.note-sent" : "helpdesk.composer.reply-sent"),
                receiver, sizes);
        this.presence = new PresenceBar(presence, currentUser.require().displayName(),
                () -> ws == null ? null : ws.ticket().reference(), () -> composer.hasDraft());
        status.setLabel(getTranslation("helpdesk.workspace.status"));
        status.setItems(Arrays.stream(TicketStatus.values()).filter(s -> s != TicketStatus.NOUVEAU).toList());
        status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        status.addValueChangeListener(e -> {
            if (!showing && e.getValue() != null) {
                act(() -> team.changeStatus(ws.ticket().reference(), e.getValue(), ws.version()), "helpdesk.workspace.status-changed");
            }
        });
        assignee.setLabel(getTranslation("helpdesk.workspace.assignee"));
        assignee.setItems(team.agents());
        assignee.setItemLabelGenerator(StaffMember::displayName);
        assignee.setClearButtonVisible(true);
        assignee.setPlaceholder(getTranslation("helpdesk.unassigned"));
        assignee.addValueChangeListener(e -> {
            if (!showing) {
                Long id = e.getValue() == null ? null : e.getValue().id();
                act(() -> team.assign(ws.ticket().reference(), id, ws.version()), "helpdesk.workspace.assigned");
            }
        });
        assignToMe.setText(getTranslation("helpdesk.workspace.assign-to-me"));
        assignToMe.addThemeVariants(ButtonVariant.TERTIARY);
        assignToMe.addClickListener(e -> act(() -> team.assignToMe(ws.ticket().reference(), ws.version()),
                "helpdesk.workspace.assigned"));
        var help = new Button(getTranslation("helpdesk.shortcuts.button"), e -> new ShortcutsDialog().open());
        help.addThemeVariants(ButtonVariant.TERTIARY);
        var side = new Div(status, assignee, assignToMe, help);
        side.addClassName("cpro-workspace__side");
        thread.addClassName("cpro-workspace__thread");
        badges.addClassName("cpro-workspace__badges");
        // "?" anywhere but in a text field (where it is a character of the reply).
        ShortcutsDialog.openOnQuestionMark(this);
        add(new RouterLink(getTranslation("helpdesk.workspace.back"), QueueView.class), title, badges, this.presence, side,
                schoolCard, new H2(getTranslation("helpdesk.workspace.thread")), thread,
                new CannedResponsePicker(canned, this::cannedValues, composer::insertText), composer);
    }

    /** What a canned response's placeholders become for this ticket, read when the agent picks one. */
    private CannedValues cannedValues() {
        var t = ws.ticket();
        String sender = t.messages().stream().filter(m -> m.side() == AuthorSide.SCHOOL).findFirst()
                .map(MessageView::authorName).orElse(null);
        return new CannedValues(ws.school().name(), sender, t.reference(),
                ws.sla().dueAt() == null ? null : dates.full(ws.sla().dueAt()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(team.workspace(event.getRouteParameters().get(REFERENCE).orElse("")));
        } catch (TicketNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** Runs a change with this page's version; on success or refusal alike, shows the ticket as it is now. */
    private boolean act(LongSupplier change, String doneKey) {
        String reference = ws.ticket().reference();
        boolean accepted;
        try {
            change.getAsLong();
            Notification.show(getTranslation(doneKey)).addThemeVariants(NotificationVariant.SUCCESS);
            accepted = true;
        } catch (TicketChangedException e) {
            var n = Notification.show(getTranslation(e.messageKey(), e.params()), 10_000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.WARNING);
            accepted = false;
        } catch (SupportException e) {
            Notification.show(getTranslation(e.messageKey(), e.params())).addThemeVariants(NotificationVariant.ERROR);
            accepted = false;
        }
        show(team.workspace(reference));
        return accepted;
    }

    private void show(TicketWorkspace workspace) {
        this.ws = workspace;
        showing = true;
        try {
            var t = workspace.ticket();
            title.setText(t.reference() + " · " + t.subject());
            badges.removeAll();
            badges.add(new Badge(getTranslation(t.status().labelKey()), t.status().name().toLowerCase(Locale.ROOT).replace('_', '-')),
                    DueText.of(this, workspace.sla().businessTimeLeft(),
                            workspace.sla().pausedLeftSeconds() != null || t.status() == TicketStatus.EN_ATTENTE));
            schoolCard.removeAll();
            schoolCard.add(new SchoolCard(workspace, accounts.schoolAdministrator(workspace.school().id()),
                    subscriptionToTheDiploma(workspace), dates));
            thread.removeAll();
            t.messages().forEach(m -> thread.add(new MessageCard(m, dates, sizes)));
            status.setValue(t.status() == TicketStatus.NOUVEAU ? null : t.status());
            assignee.setValue(assignee.getListDataView().getItems()
                    .filter(a -> Objects.equals(a.id(), workspace.assigneeId())).findFirst().orElse(null));
            composer.allowReplies(t.status().isOpenToReplies());
            presence.update();
        } finally {
            showing = false;
        }
    }

    /** The school's subscription to the diploma recorded on the ticket (by its short name, as the ticket keeps it). */
    private Optional<SubscriptionSummary> subscriptionToTheDiploma(TicketWorkspace workspace) {
        String label = workspace.ticket().diplomaLabel();
        if (label == null) {
            return Optional.empty();
        }
        return diplomas.subscriptionsOf(workspace.school().id()).stream()
                .filter(s -> label.equals(s.diploma().shortName())).findFirst();
    }

    @Override
    public boolean hasUnsavedChanges() {
        return composer.hasDraft();
    }

    @Override
    public String getPageTitle() {
        return (ws == null ? "" : ws.ticket().reference() + " · ") + getTranslation("helpdesk.queue.title") + " · "
                + getTranslation("app.name");
    }
}
