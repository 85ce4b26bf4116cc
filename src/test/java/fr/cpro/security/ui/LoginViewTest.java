package fr.cpro.security.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import fr.cpro.CproTest;
import fr.cpro.home.ui.HomeView;
import fr.cpro.security.InvalidUaiException;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.web.WebAttributes;

import static org.assertj.core.api.Assertions.assertThat;

@CproTest
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    @WithAnonymousUser
    void anonymousVisitorsAreSentToTheLoginPage() {
        UI.getCurrent().navigate(HomeView.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    @WithAnonymousUser
    void theLoginFormIsInFrench() {
        LoginView view = navigate(LoginView.class);
        var i18n = view.i18n;
        assertThat(i18n.getForm().getUsername()).isEqualTo("Code UAI de l'établissement ou e-mail");
        assertThat(i18n.getForm().getSubmit()).isEqualTo("Se connecter");
        assertThat(view.form.isError()).isFalse();
    }

    @Test
    @WithAnonymousUser
    void aWrongCheckLetterGetsAPreciseMessage() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new InvalidUaiException(InvalidUaiException.Reason.CHECK_LETTER));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        var view = (LoginView) getCurrentView();
        assertThat(view.form.isError()).isTrue();
        assertThat(view.i18n.getErrorMessage().getTitle()).isEqualTo("Code UAI non valide");
        assertThat(view.i18n.getErrorMessage().getMessage()).contains("lettre finale");
    }

    @Test
    @WithAnonymousUser
    void aWrongPasswordGetsTheNeutralMessage() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new BadCredentialsException("Bad credentials"));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        var view = (LoginView) getCurrentView();
        assertThat(view.i18n.getErrorMessage().getTitle()).isEqualTo("Connexion impossible");
        assertThat(view.i18n.getErrorMessage().getMessage())
                .isEqualTo("Identifiant ou mot de passe incorrect. Vérifiez votre saisie et réessayez.");
    }

    @Test
    @WithUserDetails("0759999L")
    void aSignedInUserGoesStraightToAccueil() {
        UI.getCurrent().navigate(LoginView.class);
        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
    }

    @Test
    @WithAnonymousUser
    void aThrottledSignInGetsANeutralFrenchMessageWithTheWait() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new fr.cpro.security.LoginThrottledException(java.time.Duration.ofSeconds(100)));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        var view = (LoginView) getCurrentView();
        assertThat(view.i18n.getErrorMessage().getTitle()).isEqualTo("Connexion temporairement suspendue");
        assertThat(view.i18n.getErrorMessage().getMessage()).startsWith("Trop de tentatives : réessayez dans 2 minutes")
                .doesNotContain("compte");
    }

    @Test
    @WithAnonymousUser
    void aOneMinuteWaitIsSaidInTheSingular() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new fr.cpro.security.LoginThrottledException(java.time.Duration.ofSeconds(40)));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        var view = (LoginView) getCurrentView();
        assertThat(view.i18n.getErrorMessage().getMessage()).startsWith("Trop de tentatives : réessayez dans 1 minute,");
    }

    @Test
    @WithAnonymousUser
    void theIdentifierTypedIsKeptAfterAFailureButNeverThePassword() {
        var failure = new BadCredentialsException("Bad credentials");
        failure.setAuthenticationRequest(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .unauthenticated(" 0759999l ", "le-mot-de-passe-tapé"));
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        var view = (LoginView) getCurrentView();
        assertThat(view.typedIdentifier).isEqualTo("0759999l");
        assertThat(view.getElement().getTextRecursively()).doesNotContain("le-mot-de-passe-tapé");
        // Read once: the session no longer holds the failure (nor the password it carried).
        assertThat(VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)).isNull();
    }

    @Test
    @WithAnonymousUser
    void theLoginPageOffersForgottenPasswordAndSaysHowToRenewAnActivationLink() {
        LoginView view = navigate(LoginView.class);
        assertThat(view.form.isForgotPasswordButtonVisible()).isTrue();
        assertThat(view.i18n.getForm().getForgotPassword()).isEqualTo("Mot de passe oublié ?");
        assertThat(view.getElement().getTextRecursively()).contains("Lien d'activation expiré",
                "nouveau lien d'activation, valable 7 jours");
    }
}
