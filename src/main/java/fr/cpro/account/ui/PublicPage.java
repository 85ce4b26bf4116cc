package fr.cpro.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The look of the pages opened without signing in (links from mails, forgotten password):
 * the login page's card, with the product name and a title.
 */
abstract class PublicPage extends Main {

    final Div card = new Div();
    final Div content = new Div();

    PublicPage(String titleKey) {
        addClassNames("cpro-login", "cpro-public");
        var brand = new H1(getTranslation("app.name"));
        brand.addClassName("cpro-login__brand");
        card.addClassNames("cpro-login__card", "cpro-public__card");
        card.add(brand, new H2(getTranslation(titleKey)), content);
        add(card);
    }

    /** Replaces the card's content. */
    void show(Component... components) {
        content.removeAll();
        content.add(components);
    }

    /** A message in the card, as a status (screen readers read it out). */
    Paragraph message(String text, String kind) {
        var paragraph = new Paragraph(text);
        paragraph.addClassNames("cpro-public__message", "cpro-public__message--" + kind);
        paragraph.getElement().setAttribute("role", kind.equals("error") ? "alert" : "status");
        return paragraph;
    }

    Anchor toLogin() {
        var link = new Anchor("login", getTranslation("forgot.back"));
        link.addClassName("cpro-public__back");
        return link;
    }

    Anchor toForgotPassword() {
        var link = new Anchor(ForgotPasswordView.ROUTE, getTranslation("login.forgot-password"));
        link.addClassName("cpro-public__forgot");
        return link;
    }
}
