package fr.cpro.support;

import fr.cpro.base.FrenchDates;
import fr.cpro.base.Translations;
import fr.cpro.establishment.EstablishmentSummary;
import fr.cpro.mail.Mail;
import fr.cpro.mail.MailTemplates;
import fr.cpro.mail.PublicSite;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/** The tickets' mails, in French, in the product's layout (the same as the account mails). */
@Component
class TicketMails {

    /** Route of a ticket's page, followed by its reference (the view declares the same). */
    static final String TICKET_ROUTE = "assistance/tickets/";
    /** Route of a ticket in the agents' workspace (the helpdesk declares the same). */
    static final String WORKSPACE_ROUTE = "helpdesk/tickets/";

    private final MailTemplates templates;
    private final PublicSite site;
    private final Translations translations;
    private final FrenchDates dates;

    TicketMails(MailTemplates templates, PublicSite site, Translations translations, FrenchDates dates) {
        this.templates = templates;
        this.site = site;
        this.translations = translations;
        this.dates = dates;
    }

    /** To the school: its request arrived, under which reference, and the latest date of the answer. */
    Mail received(EstablishmentSummary school, Ticket ticket, String senderName) {
        return templates.compose(school.officialEmail(), t("support.mail.school.subject", ticket.getReference()),
                List.of(t("support.mail.school.text", ticket.getReference(), ticket.getSubject(),
                        deadline(ticket.getDueAt()))),
                new MailTemplates.Action(t("support.mail.school.action"), site.link(TICKET_ROUTE + ticket.getReference())),
                List.of(t("support.mail.school.follow"), t("support.mail.school.sent-by", senderName)));
    }

    /** To the support team: a new ticket, with what it needs to triage it without opening it. */
    Mail newTicket(String teamEmail, EstablishmentSummary school, Ticket ticket, String body) {
        return templates.compose(teamEmail, t("support.mail.team.subject", ticket.getReference(), school.uai(),
                        ticket.getSubject()),
                List.of(t("support.mail.team.text", ticket.getReference(), school.name(), school.uai(),
                        t(ticket.getCategory().labelKey()), ticket.getSubject(), deadline(ticket.getDueAt())), body),
                null, List.of());
    }

    /** To the school: the team answered; the reply itself, and the link to the ticket. Never for a note. */
    Mail replied(EstablishmentSummary school, Ticket ticket, String agentName, String body) {
        return templates.compose(school.officialEmail(), t("support.mail.reply.subject", ticket.getReference()),
                List.of(t("support.mail.reply.text", ticket.getReference(), ticket.getSubject(), agentName), body),
                new MailTemplates.Action(t("support.mail.reply.action"), site.link(TICKET_ROUTE + ticket.getReference())),
                List.of(t("support.mail.reply.follow")));
    }

    /** To the school: its ticket is resolved, and closes itself unless it writes again. */
    Mail resolved(EstablishmentSummary school, Ticket ticket, int autoCloseDays) {
        return templates.compose(school.officialEmail(), t("support.mail.resolved.subject", ticket.getReference()),
                List.of(t("support.mail.resolved.text", ticket.getReference(), ticket.getSubject(), autoCloseDays)),
                new MailTemplates.Action(t("support.mail.reply.action"), site.link(TICKET_ROUTE + ticket.getReference())),
                List.of());
    }

    /** To the ticket's agent: the school answered. */
    Mail schoolReplied(String agentEmail, EstablishmentSummary school, Ticket ticket, String authorName, String body) {
        return templates.compose(agentEmail, t("support.mail.school-reply.subject", ticket.getReference(), school.uai()),
                List.of(t("support.mail.school-reply.text", ticket.getReference(), school.name(), school.uai(),
                        ticket.getSubject(), authorName), body),
                new MailTemplates.Action(t("support.mail.school-reply.action"),
                        site.link(WORKSPACE_ROUTE + ticket.getReference())),
                List.of());
    }

    private String deadline(Instant due) {
        return dates.full(due);
    }

    private String t(String key, Object... params) {
        return translations.getTranslation(key, Translations.FRENCH, params);
    }
}
