package fr.cpro.support;

import fr.cpro.account.AccountService;
import fr.cpro.account.StaffMember;
import fr.cpro.establishment.EstablishmentService;
import fr.cpro.establishment.EstablishmentSummary;
import fr.cpro.mail.MailOutbox;
import fr.cpro.security.AppRoles;
import fr.cpro.security.AuditEvent;
import fr.cpro.security.AuditLog;
import fr.cpro.security.CproPrincipal;
import fr.cpro.security.CurrentUser;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * What the support team does on a ticket: reply or write an internal note, set the status, assign.
 * Each change made from a ticket's page carries the version that page loaded; if anyone replied or
 * changed the ticket since, nothing is written and the refusal says who did what
 * ({@link TicketChangedException}). Every change is audited with the agent and the ticket.
 */
@Service
@PreAuthorize(TeamTicketService.TEAM)
public class TeamTicketService {

    static final String TEAM = "hasAnyRole('" + AppRoles.AGENT + "','" + AppRoles.SUPERVISEUR + "')";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H' h 'mm");

    private final TicketRepository tickets;
    private final TicketService ticketService;
    private final TicketMessageRepository messages;
    private final MessageAttachments files;
    private final TicketSla sla;
    private final BusinessCalendar calendar;
    private final MailOutbox outbox;
    private final TicketMails mails;
    private final EstablishmentService establishments;
    private final AccountService accounts;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final SupportProperties properties;
    private final Clock clock;

    TeamTicketService(TicketRepository tickets, TicketService ticketService, TicketMessageRepository messages, MessageAttachments files,
                      TicketSla sla, BusinessCalendar calendar, MailOutbox outbox, TicketMails mails, EstablishmentService establishments,
                      AccountService accounts, AuditLog audit, CurrentUser currentUser, SupportProperties properties,
                      Clock clock) {
        this.tickets = tickets;
        this.ticketService = ticketService;
        this.messages = messages;
        this.files = files;
        this.sla = sla;
        this.calendar = calendar;
        this.outbox = outbox;
        this.mails = mails;
        this.establishments = establishments;
        this.accounts = accounts;
        this.audit = audit;
        this.currentUser = currentUser;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * A reply to the school (mailed to it, with the link to the ticket; the school is then expected to
     * answer) or an internal note (never shown nor mailed to the school). A closed ticket takes no
     * reply, only notes. A note is never refused for an older page: it overwrites nothing.
     *
     * @param file          one file under the school's rules, or {@code null}
     * @param loadedVersion the ticket's version when the page was loaded; {@code null} skips the check
     * @return the ticket's new version
     */
    @Transactional
    public long reply(String reference, String text, boolean internal, ReceivedFile file, Long loadedVersion) {
        CproPrincipal agent = currentUser.require();
        String body = TicketService.required(text, NewTicket.MESSAGE_MAX, "support.error.message");
        Ticket ticket = find(reference);
        if (!internal) {
            if (!ticket.getStatus().isOpenToReplies()) {
                throw new SupportException("support.error.closed");
            }
            refuseIfChanged(ticket, loadedVersion);
        }
        Instant now = clock.instant();
        TicketMessage message = messages.save(new TicketMessage(ticket, AuthorSide.SUPPORT, agent.accountId(),
                agent.displayName(), body, internal, now));
        files.attach(message, file, now);
        ticket.takenByTeam();
        if (internal) {
            ticket.done(TicketAction.NOTE, agent.displayName(), now);
        } else {
            sla.answered(ticket, now, true);
            ticket.supportReplied(now, agent.displayName());
            outbox.enqueue(mails.replied(school(ticket), ticket, agent.displayName(), body));
        }
        audit(agent, internal ? AuditEvent.Type.TICKET_NOTE : AuditEvent.Type.TICKET_REPLY, ticket,
                file == null ? "" : "pièce jointe");
        return flush(ticket);
    }

    /**
     * Sets the status by hand. Nouveau is only ever a ticket nobody touched; Fermé is final.
     * "En attente de votre réponse" pauses the deadline, En cours resumes it; Résolu and Fermé end it
     * (met or missed), and Résolu is mailed to the school.
     */
    @Transactional
    public long changeStatus(String reference, TicketStatus target, Long loadedVersion) {
        CproPrincipal agent = currentUser.require();
        Ticket ticket = find(reference);
        refuseIfChanged(ticket, loadedVersion);
        return setStatus(agent, ticket, target);
    }

    /**
     * Assigns the ticket to an agent, or to nobody with {@code agentId == null}.
     *
     * @throws SupportException when the account is not a member of the team
     */
    @Transactional
    public long assign(String reference, Long agentId, Long loadedVersion) {
        CproPrincipal agent = currentUser.require();
        Ticket ticket = find(reference);
        refuseIfChanged(ticket, loadedVersion);
        return setAssignee(agent, ticket, agentId);
    }

    /** "M'assigner". */
    @Transactional
    public long assignToMe(String reference, Long loadedVersion) {
        return assign(reference, currentUser.require().accountId(), loadedVersion);
    }

    /** The queue's bulk action: the selected tickets to one agent (or nobody); returns how many changed. */
    @Transactional
    public int assignAll(Collection<String> references, Long agentId) {
        CproPrincipal agent = currentUser.require();
        int changed = 0;
        for (String reference : references) {
            Ticket ticket = find(reference);
            long before = ticket.getVersion();
            if (setAssignee(agent, ticket, agentId) != before) {
                changed++;
            }
        }
        return changed;
    }

    /** The queue's bulk action: one status for the selected tickets; all or none (a closed one refuses). */
    @Transactional
    public int changeStatusAll(Collection<String> references, TicketStatus target) {
        CproPrincipal agent = currentUser.require();
        int changed = 0;
        for (String reference : references) {
            Ticket ticket = find(reference);
            long before = ticket.getVersion();
            if (setStatus(agent, ticket, target) != before) {
                changed++;
            }
        }
        return changed;
    }

    /** A ticket with everything its page shows, internal notes included. */
    @Transactional(readOnly = true)
    public TicketWorkspace workspace(String reference) {
        TicketDetails details = ticketService.get(reference);
        Ticket ticket = find(reference);
        String assigneeName = ticket.getAssigneeId() == null ? null
                : accounts.staffMember(ticket.getAssigneeId()).map(StaffMember::displayName).orElse(null);
        return new TicketWorkspace(details, ticket.getVersion(), school(ticket), ticket.getAssigneeId(), assigneeName,
                new TicketWorkspace.SlaState(ticket.getDueAt(), ticket.getSlaPausedSeconds(), left(ticket)),
                ticket.getFirstResponseMinutes());
    }

    private Duration left(Ticket ticket) {
        if (ticket.getSlaPausedSeconds() != null) {
            return Duration.ofSeconds(ticket.getSlaPausedSeconds());
        }
        return ticket.getDueAt() == null ? null : calendar.businessTimeBetween(clock.instant(), ticket.getDueAt());
    }

    /** Whom a ticket may be assigned to. */
    @Transactional(readOnly = true)
    public List<StaffMember> agents() {
        return accounts.staff();
    }

    private long setStatus(CproPrincipal agent, Ticket ticket, TicketStatus target) {
        if (target == null || target == TicketStatus.NOUVEAU) {
            throw new SupportException("support.team.error.status-new");
        }
        if (ticket.getStatus() == TicketStatus.FERME) {
            throw new SupportException("support.error.closed");
        }
        TicketStatus from = ticket.getStatus();
        if (from == target) {
            return ticket.getVersion();
        }
        Instant now = clock.instant();
        switch (target) {
            case EN_ATTENTE -> sla.pause(ticket, now);
            case EN_COURS -> sla.resume(ticket, now);
            default -> sla.answered(ticket, now, false);
        }
        ticket.changeStatus(target, now);
        ticket.done(TicketAction.STATUS, agent.displayName(), now);
        if (target == TicketStatus.RESOLU) {
            outbox.enqueue(mails.resolved(school(ticket), ticket, properties.autoCloseDays()));
        }
        audit(agent, AuditEvent.Type.TICKET_STATUS, ticket, from + " -> " + target);
        return flush(ticket);
    }

    private long setAssignee(CproPrincipal agent, Ticket ticket, Long agentId) {
        String assigneeName = null;
        if (agentId != null) {
            assigneeName = accounts.staffMember(agentId).map(StaffMember::displayName)
                    .orElseThrow(() -> new SupportException("support.team.error.not-an-agent"));
        }
        if (Objects.equals(ticket.getAssigneeId(), agentId)) {
            return ticket.getVersion();
        }
        Instant now = clock.instant();
        ticket.assignTo(agentId);
        ticket.takenByTeam();
        ticket.done(TicketAction.ASSIGNED, agent.displayName(), now);
        audit(agent, AuditEvent.Type.TICKET_ASSIGNMENT, ticket,
                agentId == null ? "non assigné" : "assigné à " + assigneeName + " (" + agentId + ")");
        return flush(ticket);
    }

    private Ticket find(String reference) {
        return reference == null ? throwNotFound()
                : tickets.findByReference(reference.strip()).orElseThrow(TicketNotFoundException::new);
    }

    private static Ticket throwNotFound() {
        throw new TicketNotFoundException();
    }

    private void refuseIfChanged(Ticket ticket, Long loadedVersion) {
        if (loadedVersion != null && ticket.getVersion() != loadedVersion) {
            TicketAction action = ticket.getLastAction() == null ? TicketAction.STATUS : ticket.getLastAction();
            String who = ticket.getLastActorName() == null ? "" : ticket.getLastActorName();
            throw new TicketChangedException(action, who, TIME.format(ticket.getLastActivityAt().atZone(clock.getZone())));
        }
    }

    /** Writes now, so that two agents' writes in the same instant end in a French refusal, not an error page. */
    private long flush(Ticket ticket) {
        try {
            tickets.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new TicketChangedException();
        }
        return ticket.getVersion();
    }

    private EstablishmentSummary school(Ticket ticket) {
        return establishments.get(ticket.getEstablishmentId()).orElseThrow(TicketNotFoundException::new);
    }

    private void audit(CproPrincipal agent, AuditEvent.Type type, Ticket ticket, String detail) {
        audit.record(type, agent.accountId(), agent.login(), ticket.getReference() + (detail.isEmpty() ? "" : " : " + detail));
    }
}
