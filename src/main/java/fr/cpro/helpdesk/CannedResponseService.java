package fr.cpro.helpdesk;

import fr.cpro.base.FrenchDates;
import fr.cpro.base.LikePatterns;
import fr.cpro.security.AppRoles;
import fr.cpro.security.CproPrincipal;
import fr.cpro.security.CurrentUser;
import fr.cpro.support.SupportException;
import jakarta.persistence.criteria.Predicate;
import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The canned responses (réponses types): agents search them, insert them into replies with the ticket's
 * values filled in, and manage the list. Two agents editing the same text never overwrite each other: an
 * edit carries the version it started from, and a stale one is refused in French.
 */
@Service
@Validated
public class CannedResponseService {

    static final String AGENTS = "hasAnyRole('" + AppRoles.AGENT + "', '" + AppRoles.SUPERVISEUR + "')";

    /** The longest search text read; the search fields hold no more. */
    public static final int SEARCH_MAX_LENGTH = 100;
    private static final int SEARCH_MAX_WORDS = 8;
    private static final Sort BY_TITLE = Sort.by("title", "id");

    private final CannedResponseRepository responses;
    private final CurrentUser currentUser;
    private final FrenchDates dates;
    private final Clock clock;

    CannedResponseService(CannedResponseRepository responses, CurrentUser currentUser, FrenchDates dates,
                          Clock clock) {
        this.responses = responses;
        this.currentUser = currentUser;
        this.dates = dates;
        this.clock = clock;
    }

    /**
     * Replaces the placeholders {@code {etablissement}}, {@code {administrateur}}, {@code {reference}} and
     * {@code {echeance}} with the ticket's values, in one pass over the text: a value is inserted as written
     * (a value that itself contains a placeholder, a {@code $} or a backslash stays as it is), an unknown
     * {@code {xxx}} and a placeholder whose value is {@code null} are left for the agent to see.
     */
    @PreAuthorize(AGENTS)
    public String fill(String body, CannedValues values) {
        if (body == null) {
            return "";
        }
        var filled = new StringBuilder(body.length() + 64);
        int from = 0;
        while (from < body.length()) {
            int open = body.indexOf('{', from);
            int close = open < 0 ? -1 : body.indexOf('}', open + 1);
            if (close < 0) {
                filled.append(body, from, body.length());
                break;
            }
            String value = values == null ? null : values.valueOf(body.substring(open + 1, close));
            if (value == null) {
                // Not a placeholder (or no value): keep the brace and look again just after it, so that
                // "{{reference}" still finds its placeholder.
                filled.append(body, from, open + 1);
                from = open + 1;
            } else {
                filled.append(body, from, open).append(value);
                from = close + 1;
            }
        }
        return filled.toString();
    }

    /**
     * The responses whose title or text contains every word of the search (case and accents ignored:
     * the columns' utf8mb4_unicode_ci collation compares that way; {@code %} and {@code _} are taken as
     * typed), in title order, one page at a time.
     *
     * @param text   what the agent typed; blank or {@code null} lists them all
     * @param page   which page (its sort is ignored: always by title)
     */
    @Transactional(readOnly = true)
    @PreAuthorize(AGENTS)
    public List<CannedResponseSummary> search(String text, Pageable page) {
        var ordered = PageRequest.of(page.getPageNumber(), page.getPageSize(), BY_TITLE);
        return responses.findAll(matching(text), ordered).map(CannedResponse::toSummary).getContent();
    }

    /** How many responses {@link #search} finds for this text. */
    @Transactional(readOnly = true)
    @PreAuthorize(AGENTS)
    public long count(String text) {
        return responses.count(matching(text));
    }

    /**
     * One response.
     *
     * @throws SupportException "helpdesk.canned.error.gone" when it was deleted
     */
    @Transactional(readOnly = true)
    @PreAuthorize(AGENTS)
    public CannedResponseSummary get(long id) {
        return find(id).toSummary();
    }

    /** Adds a response, written by the signed-in agent. */
    @Transactional
    @PreAuthorize(AGENTS)
    public CannedResponseSummary create(@Valid CannedResponseDraft draft) {
        CproPrincipal agent = currentUser.require();
        var response = new CannedResponse(draft, agent.accountId(), agent.displayName(), now());
        return responses.saveAndFlush(response).toSummary();
    }

    /**
     * Changes a response's title and text.
     *
     * @param version the version the agent's form was loaded with
     * @throws SupportException "helpdesk.canned.error.stale" (who, when) when someone changed it since;
     *                          "helpdesk.canned.error.gone" when it was deleted
     */
    @Transactional
    @PreAuthorize(AGENTS)
    public CannedResponseSummary update(long id, long version, @Valid CannedResponseDraft draft) {
        CproPrincipal agent = currentUser.require();
        CannedResponse response = find(id);
        if (response.getVersion() != version) {
            throw stale(response);
        }
        response.edit(draft, agent.accountId(), agent.displayName(), now());
        try {
            // Flushed here so that an edit committed between our read and our write (the @Version check
            // in the UPDATE) is refused like any stale edit, not as a failure at commit.
            return responses.saveAndFlush(response).toSummary();
        } catch (OptimisticLockingFailureException e) {
            throw new SupportException("helpdesk.canned.error.stale.unknown", e);
        }
    }

    /** Deletes a response; one already deleted (by another agent) is simply gone. */
    @Transactional
    @PreAuthorize(AGENTS)
    public void delete(long id) {
        responses.findById(id).ifPresent(responses::delete);
    }

    /** Now, at the DATETIME(6) column's precision: what create and update return is what a read returns. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private CannedResponse find(long id) {
        return responses.findById(id).orElseThrow(() -> new SupportException("helpdesk.canned.error.gone"));
    }

    private SupportException stale(CannedResponse current) {
        String when = dates.full(current.getUpdatedAt());
        return current.getUpdatedByName() == null ? new SupportException("helpdesk.canned.error.stale.unknown")
                : new SupportException("helpdesk.canned.error.stale", current.getUpdatedByName(), when);
    }

    static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        String read = text.length() > SEARCH_MAX_LENGTH ? text.substring(0, SEARCH_MAX_LENGTH) : text;
        return Arrays.stream(read.strip().split("\\s+"))
                .filter(word -> !word.isEmpty())
                .distinct()
                .limit(SEARCH_MAX_WORDS)
                .toList();
    }

    private static Specification<CannedResponse> matching(String text) {
        List<String> words = words(text);
        return (root, query, cb) -> {
            var every = new ArrayList<Predicate>();
            for (String word : words) {
                String pattern = LikePatterns.containing(word);
                every.add(cb.or(cb.like(root.get("title"), pattern, LikePatterns.ESCAPE),
                        cb.like(root.get("body"), pattern, LikePatterns.ESCAPE)));
            }
            return cb.and(every.toArray(Predicate[]::new));
        };
    }
}
