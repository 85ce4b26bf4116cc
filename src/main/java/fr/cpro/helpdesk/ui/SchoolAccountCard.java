package fr.cpro.helpdesk.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import fr.cpro.account.AccountStatus;
import fr.cpro.account.SchoolAccount;
import fr.cpro.base.FrenchDates;
import fr.cpro.base.ui.Badge;
import fr.cpro.base.ui.ErrorReporter;
import fr.cpro.establishment.EstablishmentSummary;
import fr.cpro.establishment.SchoolRefusedException;
import fr.cpro.helpdesk.SchoolAdministration;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * The school's administrator account: its state, its latest activation link (sent when, used or not), and the
 * actions: send or resend the link, disable or enable the account.
 */
class SchoolAccountCard extends Composite<Section> {

    final Div state = new Div();
    final Paragraph link = new Paragraph();
    final Button sendLink = new Button();
    final Button disable = new Button();
    final Button enable = new Button();
    private final SchoolAdministration administration;
    private final FrenchDates dates;
    private final Clock clock;
    private final Runnable onChange;
    private EstablishmentSummary school;

    SchoolAccountCard(SchoolAdministration administration, FrenchDates dates, Clock clock, Runnable onChange) {
        this.administration = administration;
        this.dates = dates;
        this.clock = clock;
        this.onChange = onChange;
        sendLink.addThemeVariants(ButtonVariant.PRIMARY);
        sendLink.addClickListener(e -> act(() -> {
            String address = administration.sendActivation(school.id());
            return getTranslation("helpdesk.schools.account.link-sent", address);
        }));
        disable.setText(getTranslation("helpdesk.schools.account.disable"));
        disable.addThemeVariants(ButtonVariant.ERROR);
        disable.addClickListener(e -> confirmDisable());
        enable.setText(getTranslation("helpdesk.schools.account.enable"));
        enable.addClickListener(e -> act(() -> {
            administration.enable(school.id());
            return getTranslation("helpdesk.schools.account.enabled");
        }));
        getContent().addClassName("cpro-school-account");
        getContent().add(new H2(getTranslation("helpdesk.schools.account.title")), state, link,
                new HorizontalLayout(sendLink, disable, enable));
    }

    void show(EstablishmentSummary school, Optional<SchoolAccount> account) {
        this.school = school;
        state.removeAll();
        if (account.isEmpty()) {
            state.add(new Badge(getTranslation("helpdesk.schools.account.NONE"), "none"),
                    new Paragraph(getTranslation("helpdesk.schools.account.none.text")));
            link.setText("");
            sendLink.setText(getTranslation("helpdesk.schools.account.send-link"));
            sendLink.setVisible(true);
            disable.setVisible(false);
            enable.setVisible(false);
            return;
        }
        SchoolAccount a = account.get();
        String label = a.status() == AccountStatus.PENDING
                ? getTranslation("helpdesk.schools.account.PENDING.since", dates.format(a.createdAt().atZone(clock.getZone()).toLocalDate()))
                : getTranslation(a.status().labelKey());
        state.add(new Badge(label, a.status().name().toLowerCase(Locale.ROOT)),
                new Paragraph(getTranslation("helpdesk.schools.account.identity", a.displayName(), a.login(),
                        a.email() == null ? "—" : a.email())));
        link.setText(linkText(a.activationLink()));
        boolean pending = a.status() == AccountStatus.PENDING;
        sendLink.setText(getTranslation(a.activationLink() == null ? "helpdesk.schools.account.send-link"
                : "helpdesk.schools.account.resend-link"));
        sendLink.setVisible(pending);
        disable.setVisible(a.status() != AccountStatus.DISABLED);
        enable.setVisible(a.status() == AccountStatus.DISABLED);
    }

    private String linkText(SchoolAccount.ActivationLink l) {
        if (l == null) {
            return getTranslation("helpdesk.schools.link.never");
        }
        String sent = dates.full(l.sentAt());
        if (l.usedAt() != null) {
            return getTranslation("helpdesk.schools.link.used", sent, dates.full(l.usedAt()));
        }
        if (l.voidedAt() != null) {
            return getTranslation("helpdesk.schools.link.voided", sent, dates.full(l.voidedAt()));
        }
        if (!l.usableAt(clock.instant())) {
            return getTranslation("helpdesk.schools.link.expired", sent, dates.full(l.expiresAt()));
        }
        return getTranslation("helpdesk.schools.link.open", sent, dates.full(l.expiresAt()));
    }

    private void confirmDisable() {
        var confirm = new ConfirmDialog();
        confirm.setHeader(new H2(getTranslation("helpdesk.schools.account.disable.title")));
        confirm.setText(getTranslation("helpdesk.schools.account.disable.text", school.name(), school.uai()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("helpdesk.schools.cancel"));
        confirm.setConfirmText(getTranslation("helpdesk.schools.account.disable"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> disableNow());
        confirm.open();
    }

    /** What the confirmation does (the tests press it here). */
    void disableNow() {
        act(() -> {
            administration.disable(school.id());
            return getTranslation("helpdesk.schools.account.disabled");
        });
    }

    private void act(java.util.function.Supplier<String> action) {
        try {
            String done = action.get();
            Notification.show(done, 5_000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
        } catch (SchoolRefusedException e) {
            SchoolDialog.error(SchoolDialog.message(this, e, dates));
        } catch (RuntimeException e) {
            SchoolDialog.error(getTranslation("error.unexpected", ErrorReporter.report(e)));
        }
        onChange.run();
    }
}
