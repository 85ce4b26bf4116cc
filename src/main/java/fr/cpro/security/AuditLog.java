package fr.cpro.security;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * The security audit trail: sign-ins, throttling, activation, password and e-mail changes,
 * each with its time, account and client address.
 */
@Service
public class AuditLog {

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records an event about an account, with the address of the client of the current request.
     * Joins the caller's transaction, so an event is kept exactly when the change it tells of is.
     *
     * @param accountId the account, or {@code null} when none matches (a failed sign-in)
     * @param login     the normalised login the event is about
     */
    @Transactional
    public void record(AuditEvent.Type type, Long accountId, String login, String detail) {
        record(type, accountId, login, ClientRequest.address().orElse(null), detail);
    }

    /** Records an event whose client address is known by the caller (the sign-in filter). */
    @Transactional
    public void record(AuditEvent.Type type, Long accountId, String login, String clientAddress, String detail) {
        events.save(new AuditEvent(clock.instant(), type, accountId, login, clientAddress, detail));
    }

    /** The latest events about one login, newest first; for the support team. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + AppRoles.AGENT + "')")
    public List<AuditEvent> latest(String login, int count) {
        return events.findByLoginOrderByOccurredAtDescIdDesc(login, PageRequest.of(0, count));
    }
}
