package fr.cpro.support;

import fr.cpro.account.AccountService;
import fr.cpro.base.LikePatterns;
import fr.cpro.establishment.DiplomaService;
import fr.cpro.establishment.DiplomaSummary;
import fr.cpro.establishment.EstablishmentService;
import fr.cpro.mail.MailOutbox;
import fr.cpro.security.AppRoles;
import fr.cpro.security.CproPrincipal;
import fr.cpro.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Pageable;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Support tickets, for the school that sends them and the team that answers. Every method
 * checks ownership itself: a school reaches only its own tickets and files, whatever the entry
 * point, and another school's reference is answered exactly like a reference that does not exist.
 */
@Service
@Validated
public class TicketService {

    private static final Logger log = LoggerFactory.getLogger(TicketService.class);
    private static final String SCHOOL = "hasRole('" + AppRoles.ETABLISSEMENT + "')";
    private static final String SCHOOL_OR_AGENT = "hasAnyRole('" + AppRoles.ETABLISSEMENT + "','" + AppRoles.AGENT + "')";

    private final TicketRepository tickets;
    private final TicketMessageRepository messages;
    private final AttachmentRepository attachments;
    private final TicketReferences references;
    private final AttachmentStorage storage;
    private final MessageAttachments messageFiles;
    private final MailOutbox outbox;
    private final TicketMails mails;
    private final EstablishmentService establishments;
    private final DiplomaService diplomas;
    private final AccountService accounts;
    private final TicketSla sla;
    private final CurrentUser currentUser;
    private final SupportProperties properties;
    private final Clock clock;

    TicketService(TicketRepository tickets, TicketMessageRepository messages, AttachmentRepository attachments,
                  TicketReferences references, AttachmentStorage storage, MessageAttachments messageFiles,
                  MailOutbox outbox, TicketMails mails, EstablishmentService establishments, DiplomaService diplomas,
                  AccountService accounts, TicketSla sla, CurrentUser currentUser,
                  SupportProperties properties, Clock clock) {
        this.tickets = tickets;
        this.messages = messages;
        this.attachments = attachments;
        this.references = references;
        this.storage = storage;
        this.messageFiles = messageFiles;
        this.outbox = outbox;
        this.mails = mails;
        this.establishments = establishments;
        this.diplomas = diplomas;
        this.accounts = accounts;
        this.sla = sla;
        this.currentUser = currentUser;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Sends a ticket, all or nothing: in one transaction the ticket (a new reference, status
     * Nouveau), its first message, the attachment's metadata, the deadline and the two mails are
     * written; the staged file is then stored under its key. If anything fails, up to the commit,
     * nothing remains: no row, no stored file (the staged file stays for a retry, and the
     * sweep removes it later).
     *
     * @param request      what the school typed
     * @param file         the received file, or {@code null}
     * @throws jakarta.validation.ConstraintViolationException when the request breaks {@link NewTicket}'s constraints
     * @throws SupportException with a French message key when the request is not acceptable
     */
    @Transactional
    @PreAuthorize(SCHOOL)
    public CreatedTicket create(@Valid NewTicket request, ReceivedFile file) {
        CproPrincipal user = currentUser.require();
        // The diploma the school works in, recorded so the team answers in context.
        String diplomaLabel = diplomas.myActiveDiploma().map(DiplomaSummary::shortName).orElse(null);
        String subject = required(request.subject(), NewTicket.SUBJECT_MAX, "support.error.subject");
        String body = required(request.message(), NewTicket.MESSAGE_MAX, "support.error.message");
        if (request.category() == null) {
            throw new SupportException("support.error.category.required");
        }
        var school = establishments.get(user.establishmentId()).orElseThrow(TicketNotFoundException::new);
        Instant now = clock.instant();
        Instant due = sla.deadlineFrom(now);
        String reference = references.next(now.atZone(clock.getZone()).getYear());

        Ticket ticket = tickets.save(new Ticket(reference, school.id(), user.accountId(), request.category(),
                subject, diplomaLabel, now, due));
        sla.opened(ticket, now);
        TicketMessage message = messages.save(new TicketMessage(ticket, AuthorSide.SCHOOL, user.accountId(),
                user.displayName(), body, false, now));
        messageFiles.attach(message, file, now);

        outbox.enqueue(mails.received(school, ticket, user.displayName()));
        outbox.enqueue(mails.newTicket(properties.teamEmail(), school, ticket, body));
        return new CreatedTicket(reference, due);
    }

    /**
     * The school's reply, with an optional file under the same rules as the ticket; a reply on a
     * resolved ticket reopens it. A closed ticket takes no more replies.
     */
    @Transactional
    @PreAuthorize(SCHOOL)
    public void reply(String reference, String text, ReceivedFile file) {
        CproPrincipal user = currentUser.require();
        String body = required(text, NewTicket.MESSAGE_MAX, "support.error.message");
        Ticket ticket = owned(reference, user);
        refuseIfClosed(ticket);
        Instant now = clock.instant();
        TicketMessage message = messages.save(new TicketMessage(ticket, AuthorSide.SCHOOL, user.accountId(),
                user.displayName(), body, false, now));
        messageFiles.attach(message, file, now);
        ticket.schoolReplied(now, user.displayName());
        sla.schoolWrote(ticket, now);
        tickets.flush();
        if (ticket.getAssigneeId() != null) {
            var school = establishments.get(ticket.getEstablishmentId()).orElseThrow();
            accounts.staffMember(ticket.getAssigneeId()).ifPresent(agent -> outbox.enqueue(
                    mails.schoolReplied(agent.email(), school, ticket, user.displayName(), body)));
        }
    }

    /** "Marquer comme résolu": the ticket closes itself after some days unless someone writes. */
    @Transactional
    @PreAuthorize(SCHOOL)
    public void resolve(String reference) {
        CproPrincipal user = currentUser.require();
        Ticket ticket = owned(reference, user);
        if (ticket.getStatus() == TicketStatus.RESOLU || ticket.getStatus() == TicketStatus.FERME) {
            throw new SupportException("support.error.already-resolved");
        }
        Instant now = clock.instant();
        // The school's own resolution ends the wait, neither met nor missed (the team resolves through
        // TeamTicketService, which counts it).
        sla.cancelled(ticket, now);
        ticket.resolve(now);
        ticket.done(TicketAction.STATUS, user.displayName(), now);
    }

    /** "Rouvrir" a resolved ticket; a closed one stays closed (a new ticket is the way). */
    @Transactional
    @PreAuthorize(SCHOOL)
    public void reopen(String reference) {
        Ticket ticket = owned(reference, currentUser.require());
        if (ticket.getStatus() != TicketStatus.RESOLU) {
            throw new SupportException("support.error.not-resolved");
        }
        ticket.reopen(clock.instant());
    }

    /** One page of the reader's tickets (a school: its own; an agent: all), newest activity first. */
    @Transactional(readOnly = true)
    @PreAuthorize(SCHOOL_OR_AGENT)
    public List<TicketSummary> find(TicketFilter filter, Pageable page) {
        Instant now = clock.instant();
        var f = filter == null ? TicketFilter.ALL : filter;
        return tickets.find(schoolScope(), f.status(), f.category(), like(f.search()), page).stream()
                .map(t -> new TicketSummary(t.getReference(), t.getSubject(), t.getCategory(), t.getStatus(),
                        t.getCreatedAt(), t.getLastActivityAt(), t.getDueAt(), t.isOverdue(now)))
                .toList();
    }

    /** How many tickets {@link #find} would list. */
    @Transactional(readOnly = true)
    @PreAuthorize(SCHOOL_OR_AGENT)
    public long count(TicketFilter filter) {
        var f = filter == null ? TicketFilter.ALL : filter;
        return tickets.count(schoolScope(), f.status(), f.category(), like(f.search()));
    }

    /**
     * A ticket with its whole history. Schools get their messages and the team's replies, never
     * internal notes.
     *
     * @throws TicketNotFoundException for an unknown reference or another school's ticket
     */
    @Transactional(readOnly = true)
    @PreAuthorize(SCHOOL_OR_AGENT)
    public TicketDetails get(String reference) {
        CproPrincipal user = currentUser.require();
        Ticket ticket = owned(reference, user);
        List<TicketMessage> history = messages.findByTicketOrderByCreatedAtAscIdAsc(ticket).stream()
                .filter(m -> user.isAgent() || !m.isInternal())
                .toList();
        Map<Long, List<AttachmentView>> files = history.isEmpty() ? Map.of()
                : attachments.findByMessageIn(history).stream().collect(Collectors.groupingBy(
                        a -> a.getMessage().getId(), Collectors.mapping(Attachment::toView, Collectors.toList())));
        var views = history.stream().map(m -> new MessageView(m.getId(), m.getAuthorSide(), m.getAuthorName(),
                m.getBody(), m.isInternal(), m.getCreatedAt(), files.getOrDefault(m.getId(), List.of()))).toList();
        return new TicketDetails(ticket.getReference(), ticket.getSubject(), ticket.getCategory(), ticket.getStatus(),
                ticket.getDiplomaLabel(), ticket.getCreatedAt(), ticket.getLastActivityAt(), ticket.getDueAt(),
                ticket.isOverdue(clock.instant()), views);
    }

    /**
     * A file to download: only for the ticket's school and for agents; anyone else, and a file
     * of an internal note for a school, gets {@link TicketNotFoundException} like a missing file.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(SCHOOL_OR_AGENT)
    public AttachmentDownload openAttachment(long id) {
        CproPrincipal user = currentUser.require();
        Attachment attachment = attachments.findWithTicket(id).orElseThrow(TicketNotFoundException::new);
        Ticket ticket = attachment.getMessage().getTicket();
        if (!mayRead(user, ticket) || (attachment.getMessage().isInternal() && !user.isAgent())) {
            throw new TicketNotFoundException();
        }
        return new AttachmentDownload(attachment.getOriginalName(), attachment.getSizeBytes(),
                attachment.getContentType(), storage.read(attachment.getStorageKey(), attachment.getSizeBytes()));
    }

    /**
     * Closes the resolved tickets nobody wrote on for {@code cpro.support.auto-close-days}.
     *
     * @return how many were closed
     */
    @Transactional
    public int closeStaleResolvedTickets() {
        Instant now = clock.instant();
        var stale = tickets.findByStatusAndLastActivityAtLessThanEqual(TicketStatus.RESOLU,
                now.minus(Duration.ofDays(properties.autoCloseDays())));
        stale.forEach(t -> t.close(now));
        if (!stale.isEmpty()) {
            log.info("Closed {} resolved tickets without reply for {} days", stale.size(), properties.autoCloseDays());
        }
        return stale.size();
    }

    Ticket owned(String reference, CproPrincipal user) {
        Ticket ticket = reference == null ? null : tickets.findByReference(reference.strip()).orElse(null);
        if (ticket == null || !mayRead(user, ticket)) {
            throw new TicketNotFoundException();
        }
        return ticket;
    }

    private static void refuseIfClosed(Ticket ticket) {
        if (!ticket.getStatus().isOpenToReplies()) {
            throw new SupportException("support.error.closed");
        }
    }

    private static boolean mayRead(CproPrincipal user, Ticket ticket) {
        return user.isAgent() || (user.isSchoolAdministrator() && ticket.getEstablishmentId().equals(user.establishmentId()));
    }

    /** Schools see their own tickets; agents see every school's. */
    private Long schoolScope() {
        CproPrincipal user = currentUser.require();
        if (user.isAgent()) {
            return null;
        }
        if (user.establishmentId() == null) {
            // Not a school and not an agent: no scope must never mean "everything".
            throw new TicketNotFoundException();
        }
        return user.establishmentId();
    }

    private static String like(String search) {
        return search == null || search.isBlank() ? null : LikePatterns.containing(search.strip());
    }

    static String required(String value, int max, String keyPrefix) {
        if (value == null || value.isBlank()) {
            throw SupportException.required(keyPrefix);
        }
        // Keep the user's line breaks; only the ends are trimmed.
        String text = value.strip();
        if (text.length() > max) {
            throw SupportException.tooLong(keyPrefix, max);
        }
        return text;
    }
}
