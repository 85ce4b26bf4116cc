package fr.cpro.mail;

import fr.cpro.base.Translations;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import java.util.List;

/**
 * The one layout of CPRO STI's mails, in plain text and in simple HTML: the product name,
 * a greeting, the paragraphs, an optional button (its address written out too, for
 * mailboxes that strip links), and the footer.
 */
@Component
public class MailTemplates {

    private final Translations translations;

    MailTemplates(Translations translations) {
        this.translations = translations;
    }

    /** A call to action: the button's text and the absolute address it opens. */
    public record Action(String label, String url) {
    }

    /**
     * Composes a French mail. Every value is escaped in the HTML version.
     *
     * @param to         the recipient
     * @param subject    the subject, without the product name (added in front)
     * @param paragraphs the body, one string per paragraph; line breaks inside one are kept
     * @param action     the button, or {@code null}
     * @param after      paragraphs after the button (e.g. "valid 7 days"), may be empty
     */
    public Mail compose(String to, String subject, List<String> paragraphs, Action action, List<String> after) {
        String product = t("app.name");
        String fullSubject = product + " : " + subject;
        String greeting = t("mail.greeting");
        String footer = t("mail.footer");

        var text = new StringBuilder();
        text.append(greeting).append("\n\n");
        paragraphs.forEach(p -> text.append(p).append("\n\n"));
        if (action != null) {
            text.append(action.label()).append(" :\n").append(action.url()).append("\n\n");
        }
        after.forEach(p -> text.append(p).append("\n\n"));
        text.append(t("mail.signature")).append("\n\n-- \n").append(footer).append('\n');

        var html = new StringBuilder();
        html.append("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"UTF-8\"><title>")
                .append(esc(fullSubject)).append("</title></head>")
                .append("<body style=\"margin:0;padding:0;background:#f2f5f9;font-family:Arial,Helvetica,sans-serif;"
                        + "color:#1b2733;\">")
                .append("<div style=\"max-width:560px;margin:0 auto;background:#ffffff;\">")
                .append("<div style=\"background:#174a8c;color:#ffffff;padding:16px 24px;font-size:20px;"
                        + "font-weight:bold;\">").append(esc(product)).append("</div>")
                .append("<div style=\"padding:24px;font-size:15px;line-height:1.5;\">")
                .append("<p>").append(esc(greeting)).append("</p>");
        paragraphs.forEach(p -> html.append("<p>").append(lines(p)).append("</p>"));
        if (action != null) {
            html.append("<p style=\"margin:24px 0;\"><a href=\"").append(esc(action.url()))
                    .append("\" style=\"background:#1d5bb0;color:#ffffff;padding:12px 20px;border-radius:4px;"
                            + "text-decoration:none;display:inline-block;\">")
                    .append(esc(action.label())).append("</a></p>")
                    .append("<p style=\"font-size:13px;color:#4a5a6a;\">").append(esc(t("mail.link-fallback")))
                    .append("<br><a href=\"").append(esc(action.url())).append("\">").append(esc(action.url()))
                    .append("</a></p>");
        }
        after.forEach(p -> html.append("<p>").append(lines(p)).append("</p>"));
        html.append("<p>").append(esc(t("mail.signature"))).append("</p></div>")
                .append("<div style=\"padding:16px 24px;font-size:12px;color:#4a5a6a;border-top:1px solid #dde3ea;\">")
                .append(esc(footer)).append("</div></div></body></html>");
        return new Mail(to, fullSubject, text.toString(), html.toString());
    }

    private String t(String key) {
        return translations.getTranslation(key, Translations.FRENCH);
    }

    /** A paragraph's text, escaped, its line breaks kept (a school's message is written in lines). */
    private static String lines(String paragraph) {
        return esc(paragraph).replace("\r\n", "\n").replace("\n", "<br>");
    }

    private static String esc(String value) {
        return HtmlUtils.htmlEscape(value, "UTF-8");
    }
}
