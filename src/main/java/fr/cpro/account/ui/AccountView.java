package fr.cpro.account.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.cpro.account.AccountProfile;
import fr.cpro.account.AccountLifecycleService;
import fr.cpro.account.AccountService;
import fr.cpro.base.ui.HasUnsavedChanges;
import fr.cpro.security.AppRoles;
import jakarta.annotation.security.PermitAll;

import java.util.Locale;

/**
 * Espace personnel: who the signed-in user is, their school and role; change of password
 * and of e-mail address, both under the unsaved-work guard.
 */
@Route(AccountView.ROUTE)
@PermitAll
public class AccountView extends Main implements HasDynamicTitle, HasUnsavedChanges {

    public static final String ROUTE = "espace-personnel";

    final PasswordChangeForm passwordForm;
    final EmailChangeForm emailForm;

    AccountView(AccountService accounts, AccountLifecycleService lifecycle) {
        addClassNames("cpro-page", "cpro-account");
        AccountProfile profile = accounts.myProfile();

        add(new H1(getTranslation("account.title")));
        add(new Paragraph(getTranslation("account.intro")));

        var identity = new Section(new H2(getTranslation("account.identity")));
        identity.addClassName("cpro-card");
        var facts = new DescriptionList();
        fact(facts, "account.first-name", profile.firstName());
        // NOM in capitals, as French administrations write it.
        fact(facts, "account.last-name", profile.lastName() == null ? null
                : profile.lastName().toUpperCase(Locale.FRENCH));
        fact(facts, "account.role", getTranslation(AppRoles.labelKey(profile.role())));
        fact(facts, "account.login", profile.login());
        fact(facts, "account.email", profile.email());
        identity.add(facts);
        add(identity);

        profile.school().ifPresent(school -> {
            var section = new Section(new H2(getTranslation("account.school")));
            section.addClassName("cpro-card");
            var schoolFacts = new DescriptionList();
            fact(schoolFacts, "account.school.name", school.name());
            fact(schoolFacts, "account.school.uai", school.uai());
            fact(schoolFacts, "account.school.email", school.officialEmail());
            fact(schoolFacts, "account.school.academie", school.academie());
            section.add(schoolFacts);
            add(section);
        });

        passwordForm = new PasswordChangeForm(lifecycle);
        emailForm = new EmailChangeForm(lifecycle, profile.email());
        add(passwordForm, emailForm);
    }

    /** Typed but not submitted, in either form: the unsaved-work guard asks before leaving. */
    @Override
    public boolean hasUnsavedChanges() {
        return passwordForm.hasInput() || emailForm.hasInput();
    }

    private void fact(DescriptionList list, String labelKey, String value) {
        list.add(new DescriptionList.Term(getTranslation(labelKey)),
                new DescriptionList.Description(value == null || value.isBlank()
                        ? getTranslation("account.not-provided") : value));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title") + " · " + getTranslation("app.name");
    }
}
