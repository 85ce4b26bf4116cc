package fr.cpro.account.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import fr.cpro.account.AccountLifecycleService;
import fr.cpro.account.ChangeRefusedException;

/** Changer le mot de passe: the current one, the new one twice, with the strength indicator. */
class PasswordChangeForm extends Composite<Section> {

    final PasswordField current = new CurrentPasswordField();
    final NewPasswordFields fresh;
    final Button submit = new Button();

    PasswordChangeForm(AccountLifecycleService lifecycle) {
        var personal = lifecycle.personalWords();
        fresh = new NewPasswordFields(() -> personal);
        submit.setText(getTranslation("account.password.submit"));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickListener(e -> {
            if (!fresh.entriesMatch()) {
                return;
            }
            try {
                lifecycle.changePassword(current.getValue(), fresh.value());
                current.clear();
                fresh.clear();
                Notification.show(getTranslation("account.password.done"), 6000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.SUCCESS);
            } catch (ChangeRefusedException refused) {
                if (refused.field() == ChangeRefusedException.Field.CURRENT_PASSWORD) {
                    current.setErrorMessage(getTranslation(refused.messageKeys().getFirst()));
                    current.setInvalid(true);
                } else {
                    fresh.showErrors(refused.messageKeys());
                }
            }
        });
        var section = getContent();
        section.addClassNames("cpro-card", "cpro-account__password");
        section.add(new H2(getTranslation("account.password.title")),
                new Paragraph(getTranslation("account.password.intro")), current, fresh, submit);
    }

    boolean hasInput() {
        return !current.isEmpty() || fresh.hasInput();
    }
}
