package fr.cpro.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.cpro.security.CurrentUser;
import fr.cpro.security.InvalidUaiException;
import fr.cpro.security.LoginThrottledException;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import com.vaadin.flow.component.html.Anchor;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;

/**
 * Connexion. School administrators sign in only with their school's UAI; the support team
 * with their e-mail. A UAI with a wrong check letter gets a precise message; an unknown
 * account and a wrong password get the same neutral one, and a throttled attempt says when to
 * try again (unknown logins are throttled alike). After an error the identifier typed is
 * filled in again, so that only the password needs typing.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final LoginForm form = new LoginForm();
    LoginI18n i18n;
    /** The identifier of the failed attempt, filled in again; {@code null} on a first visit. */
    String typedIdentifier;
    private final CurrentUser currentUser;

    /** The route of "Mot de passe oublié" (in the account feature, which depends on this one). */
    static final String FORGOT_PASSWORD_ROUTE = "mot-de-passe-oublie";
    /** The demo's outbox page (mail feature), linked only with the demo profile. */
    static final String DEMO_OUTBOX_ROUTE = "demo/courriels";

    public LoginView(CurrentUser currentUser, Environment environment) {
        this.currentUser = currentUser;
        addClassName("cpro-login");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(e -> e.getSource().getUI()
                .ifPresent(ui -> ui.navigate(FORGOT_PASSWORD_ROUTE)));
        show(null);

        var brand = new H1(getTranslation("app.name"));
        brand.addClassName("cpro-login__brand");
        var intro = new Paragraph(getTranslation("login.intro"));
        intro.addClassName("cpro-login__intro");
        var help = new Paragraph(getTranslation("login.help"));
        help.addClassName("cpro-login__help");
        var activation = new Paragraph(getTranslation("login.activation-hint"));
        activation.addClassName("cpro-login__help");
        var card = new Div(brand, intro, form, help, activation);
        card.addClassName("cpro-login__card");
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            var outbox = new Anchor(DEMO_OUTBOX_ROUTE, getTranslation("login.demo-outbox"));
            outbox.addClassName("cpro-login__demo");
            card.add(outbox);
        }
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.get().isPresent()) {
            event.forwardTo("");
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            Object failure = lastFailure();
            show(failure);
            form.setError(true);
            keepIdentifier(failure);
        }
    }

    /**
     * Fills the identifier of the failed attempt in again. Spring Security keeps the attempt on
     * the failure it stores in the session; the web component has no property for the field, so
     * its slotted text field gets the value once the component has rendered it.
     */
    private void keepIdentifier(Object failure) {
        if (!(failure instanceof AuthenticationException e) || e.getAuthenticationRequest() == null
                || e.getAuthenticationRequest().getName() == null) {
            return;
        }
        typedIdentifier = e.getAuthenticationRequest().getName().strip();
        form.getElement().executeJs("""
                const fill = (tries) => {
                  const field = this.querySelector('[name="username"]');
                  if (field) { field.value = $0; }
                  else if (tries > 0) { requestAnimationFrame(() => fill(tries - 1)); }
                };
                customElements.whenDefined('vaadin-login-form').then(() => fill(60));""", typedIdentifier);
    }

    /** The failure that Spring Security kept in the session for this redirect, read once. */
    private static Object lastFailure() {
        var session = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getSession();
        if (session == null) {
            return null;
        }
        Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return failure;
    }

    private void show(Object failure) {
        i18n = i18n(failure);
        form.setI18n(i18n);
    }

    private LoginI18n i18n(Object failure) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        f.setForgotPassword(getTranslation("login.forgot-password"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        if (failure instanceof LoginThrottledException throttled) {
            error.setTitle(getTranslation("login.error.throttled.title"));
            long minutes = throttled.retryAfterMinutes();
            error.setMessage(minutes == 1 ? getTranslation("login.error.throttled.message.one")
                    : getTranslation("login.error.throttled.message", minutes));
        } else if (failure instanceof InvalidUaiException invalidUai) {
            error.setTitle(getTranslation("login.error.uai.title"));
            error.setMessage(getTranslation(invalidUai.messageKey()));
        } else {
            error.setTitle(getTranslation("login.error.title"));
            error.setMessage(getTranslation("login.error.message"));
        }
        error.setUsername(getTranslation("login.error.username-required"));
        error.setPassword(getTranslation("login.error.password-required"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
