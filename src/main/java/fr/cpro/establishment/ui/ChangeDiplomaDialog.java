package fr.cpro.establishment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import fr.cpro.base.FrenchDates;
import fr.cpro.establishment.DiplomaChoices;
import fr.cpro.establishment.DiplomaNotSelectableException;
import fr.cpro.establishment.DiplomaService;
import fr.cpro.establishment.DiplomaSummary;
import fr.cpro.establishment.SubscriptionSummary;

import java.util.function.Consumer;

/**
 * "Changer de diplôme": the school's diplomas, the active one marked; expired or not yet started
 * ones are listed with the reason but cannot be picked. A school without a valid subscription
 * reads why instead of an empty choice.
 */
class ChangeDiplomaDialog extends Dialog {

    final RadioButtonGroup<SubscriptionSummary> choices = new RadioButtonGroup<>();
    final Button choose = new Button();
    final Button cancel = new Button();
    private final DiplomaService diplomas;
    private final DiplomaChoices data;
    private final Consumer<DiplomaSummary> onChanged;
    private final FrenchDates dates;

    /** @param onChanged told the new diploma once it is stored, before the page reloads */
    ChangeDiplomaDialog(DiplomaService diplomas, FrenchDates dates, Consumer<DiplomaSummary> onChanged) {
        this.diplomas = diplomas;
        this.dates = dates;
        this.onChanged = onChanged;
        this.data = diplomas.myDiplomaChoices();
        addClassName("cpro-diploma-dialog");
        setMaxWidth("40rem");
        setHeaderTitle(getTranslation("diploma.dialog.title"));

        if (!data.anyUsable()) {
            var none = new Paragraph(getTranslation(data.subscriptions().isEmpty()
                    ? "diploma.dialog.no-subscription" : "diploma.dialog.no-valid-subscription"));
            none.addClassName("cpro-diploma-dialog__empty");
            add(none);
        } else {
            add(new Paragraph(getTranslation("diploma.dialog.intro")));
        }
        if (!data.subscriptions().isEmpty()) {
            choices.setLabel(getTranslation("diploma.dialog.label"));
            choices.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            choices.setItems(data.subscriptions());
            choices.setItemEnabledProvider(s -> s.status().usable());
            // The label names the option for tests and assistive tools; the renderer shows the details.
            choices.setItemLabelGenerator(s -> s.diploma().shortName());
            choices.setRenderer(new ComponentRenderer<>(this::option));
            data.subscriptions().stream().filter(data::isActive).findFirst().ifPresent(choices::setValue);
            choices.addValueChangeListener(e -> choices.setInvalid(false));
            add(choices);
        }

        cancel.setText(getTranslation("diploma.dialog.cancel"));
        cancel.addClickListener(e -> close());
        choose.setText(getTranslation("diploma.dialog.choose"));
        choose.addThemeVariants(ButtonVariant.PRIMARY);
        choose.addClickListener(e -> apply());
        choose.setVisible(data.anyUsable());
        getFooter().add(cancel, choose);
    }

    private Div option(SubscriptionSummary subscription) {
        var name = new Span(subscription.diploma().shortName());
        name.addClassName("cpro-diploma-option__name");
        var title = new Span(subscription.diploma().title());
        title.addClassName("cpro-diploma-option__title");
        var state = new Span(stateOf(subscription));
        state.addClassName("cpro-diploma-option__state");
        var option = new Div(name, title, state);
        option.addClassName("cpro-diploma-option");
        if (data.isActive(subscription)) {
            option.addClassName("cpro-diploma-option--active");
        }
        if (!subscription.status().usable()) {
            option.addClassName("cpro-diploma-option--unavailable");
        }
        return option;
    }

    private String stateOf(SubscriptionSummary subscription) {
        String end = dates.format(subscription.endDate());
        String text = switch (subscription.status()) {
            case EXPIRED -> getTranslation("diploma.state.expired", end);
            case UPCOMING -> getTranslation("diploma.state.upcoming", dates.format(subscription.startDate()));
            case EXPIRING -> getTranslation("diploma.state.expiring", end);
            case VALID -> getTranslation("diploma.state.valid", end);
        };
        return data.isActive(subscription) ? getTranslation("diploma.state.active") + " · " + text : text;
    }

    private void apply() {
        var chosen = choices.getValue();
        if (chosen == null) {
            choices.setErrorMessage(getTranslation("diploma.error.required"));
            choices.setInvalid(true);
            return;
        }
        if (data.isActive(chosen)) {
            close();
            return;
        }
        try {
            var diploma = diplomas.changeMyDiploma(chosen.diploma().id());
            var ui = getUI().orElseThrow();
            close();
            onChanged.accept(diploma);
            // Every screen may depend on the diploma: load the page again in it. A reload, not a
            // router refresh, because the user already answered the unsaved-work question when
            // opening this dialog, and a router refresh would ask it a second time.
            ui.getPage().reload();
        } catch (DiplomaNotSelectableException e) {
            // E.g. the subscription ended while the dialog was open: say why, keep the dialog.
            choices.setErrorMessage(getTranslation(e.messageKey(), dates.format(e.date())));
            choices.setInvalid(true);
        }
    }
}
