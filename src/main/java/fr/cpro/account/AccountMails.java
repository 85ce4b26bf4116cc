package fr.cpro.account;

import fr.cpro.base.Translations;
import fr.cpro.mail.Mail;
import fr.cpro.mail.MailTemplates;
import fr.cpro.mail.PublicSite;
import org.springframework.stereotype.Component;

import java.util.List;

/** The account lifecycle's mails, in French, in the product's layout. */
@Component
class AccountMails {

    /** Routes of the pages the links open (the views declare the same). */
    static final String ACTIVATION_ROUTE = "activation/";
    static final String RESET_ROUTE = "nouveau-mot-de-passe/";
    static final String EMAIL_ROUTE = "confirmation-email/";

    private final MailTemplates templates;
    private final PublicSite site;
    private final Translations translations;

    AccountMails(MailTemplates templates, PublicSite site, Translations translations) {
        this.templates = templates;
        this.site = site;
        this.translations = translations;
    }

    Mail activation(Account account, String token) {
        return templates.compose(account.getEmail(), t("mail.activation.subject"),
                List.of(t("mail.activation.text", account.getLogin())),
                new MailTemplates.Action(t("mail.activation.action"), site.link(ACTIVATION_ROUTE + token)),
                List.of(t("mail.activation.validity", account.getLogin()), t("mail.not-you.ignore")));
    }

    Mail passwordReset(Account account, String token) {
        return templates.compose(account.getEmail(), t("mail.reset.subject"),
                List.of(t("mail.reset.text", account.getLogin())),
                new MailTemplates.Action(t("mail.reset.action"), site.link(RESET_ROUTE + token)),
                List.of(t("mail.reset.validity"), t("mail.reset.not-you")));
    }

    Mail emailConfirmation(Account account, String newEmail, String token) {
        return templates.compose(newEmail, t("mail.email-confirm.subject"),
                List.of(t("mail.email-confirm.text", newEmail, account.getLogin())),
                new MailTemplates.Action(t("mail.email-confirm.action"), site.link(EMAIL_ROUTE + token)),
                List.of(t("mail.email-confirm.validity"), t("mail.not-you.ignore")));
    }

    Mail emailChangedNotice(Account account, String oldEmail, String newEmail) {
        return templates.compose(oldEmail, t("mail.email-changed.subject"),
                List.of(t("mail.email-changed.text", account.getLogin(), newEmail)),
                null, List.of(t("mail.not-you.contact")));
    }

    Mail passwordChangedNotice(Account account) {
        return templates.compose(account.getEmail(), t("mail.password-changed.subject"),
                List.of(t("mail.password-changed.text", account.getLogin())),
                null, List.of(t("mail.not-you.contact")));
    }

    private String t(String key, Object... params) {
        return translations.getTranslation(key, Translations.FRENCH, params);
    }
}
