package fr.cpro.security;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.EscapeCharacter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The security audit trail: sign-ins, throttling, activation, password and e-mail changes,
 * each with its time, account and client address.
 */
@Service
public class AuditLog {

    private static final String SUPERVISORS = "hasRole('" + AppRoles.SUPERVISEUR + "')";
    /** Not the backslash, which MariaDB reads in a literal itself (as {@code base.LikePatterns} explains). */
    private static final EscapeCharacter LIKE_ESCAPE = EscapeCharacter.of('!');
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));

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

    /**
     * Records an event about a school by another account (an agent acting on it), so that the Journal
     * finds it under that school.
     *
     * @param uai the school's UAI, normalised
     */
    @Transactional
    public void recordAbout(String uai, AuditEvent.Type type, Long accountId, String login, String detail) {
        events.save(new AuditEvent(clock.instant(), type, accountId, login, ClientRequest.address().orElse(null),
                detail, uai));
    }

    /**
     * The Journal: the events that match, newest first (ties: the last written first), one page at a time,
     * filtered in SQL. Supervisors only.
     *
     * @param page which page; its sort is ignored
     */
    @Transactional(readOnly = true)
    @PreAuthorize(SUPERVISORS)
    public List<AuditEvent> search(AuditQuery query, Pageable page) {
        var newestFirst = PageRequest.of(page.getPageNumber(), page.getPageSize(), NEWEST_FIRST);
        return events.findAll(matching(query, clock.getZone()), newestFirst).getContent();
    }

    /** How many events {@link #search} finds. Supervisors only. */
    @Transactional(readOnly = true)
    @PreAuthorize(SUPERVISORS)
    public long count(AuditQuery query) {
        return events.count(matching(query, clock.getZone()));
    }

    private static Specification<AuditEvent> matching(AuditQuery query, ZoneId zone) {
        return (root, q, cb) -> {
            var all = new ArrayList<Predicate>();
            if (query.type() != null) {
                all.add(cb.equal(root.get("type"), query.type()));
            }
            String login = blankToNull(query.login());
            if (login != null) {
                // A beginning of the login, as typed: the (login, occurred_at) index serves it.
                String cut = login.length() > AuditQuery.LOGIN_MAX ? login.substring(0, AuditQuery.LOGIN_MAX) : login;
                all.add(cb.like(root.get("login"), LIKE_ESCAPE.escape(cut) + "%",
                        LIKE_ESCAPE.getEscapeCharacter()));
            }
            String uai = blankToNull(query.uai());
            if (uai != null) {
                all.add(cb.equal(root.get("uai"), Uai.normalise(uai)));
            }
            if (query.from() != null) {
                all.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), query.from().atStartOfDay(zone).toInstant()));
            }
            if (query.to() != null) {
                all.add(cb.lessThan(root.get("occurredAt"), query.to().plusDays(1).atStartOfDay(zone).toInstant()));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The latest events about one login, newest first; for the support team. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + AppRoles.AGENT + "')")
    public List<AuditEvent> latest(String login, int count) {
        return events.findByLoginOrderByOccurredAtDescIdDesc(login, PageRequest.of(0, count));
    }
}
