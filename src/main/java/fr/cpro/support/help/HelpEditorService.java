package fr.cpro.support.help;

import fr.cpro.base.FrenchDates;
import fr.cpro.security.AppRoles;
import fr.cpro.security.AuditEvent;
import fr.cpro.security.AuditLog;
import fr.cpro.security.CproPrincipal;
import fr.cpro.security.CurrentUser;
import fr.cpro.support.SupportCategory;
import fr.cpro.support.SupportException;
import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The FAQ editor, for the support team: the entries of a category with their consultations, new entries,
 * edits, the order within a category, publication. What changes here is what schools read at their next
 * look (the help centre reads the database each time). Two agents editing one entry never overwrite each
 * other: an edit carries the version it started from, and a stale one is refused in French. Every change
 * is written to the audit trail.
 */
@Service
@Validated
public class HelpEditorService {

    static final String TEAM = "hasAnyRole('" + AppRoles.AGENT + "', '" + AppRoles.SUPERVISEUR + "')";
    /** Room between two entries' orders, so that the first content's gaps keep their meaning. */
    private static final int ORDER_STEP = 10;
    private static final Sort EDITORIAL = Sort.by("editorialOrder", "id");

    private final HelpEntryRepository entries;
    private final HelpConsultations consultations;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final FrenchDates dates;
    private final Clock clock;

    HelpEditorService(HelpEntryRepository entries, HelpConsultations consultations, CurrentUser currentUser,
                      AuditLog audit, FrenchDates dates, Clock clock) {
        this.entries = entries;
        this.consultations = consultations;
        this.currentUser = currentUser;
        this.audit = audit;
        this.dates = dates;
        this.clock = clock;
    }

    /** Which way an entry moves in its category's list. */
    public enum Direction { UP, DOWN }

    /**
     * Every entry of a category, published or not, in editorial order, one page at a time, each with its
     * consultations over the last {@value HelpCentreService#WINDOW_DAYS} days.
     *
     * @param page which page (its sort is ignored: always the editorial order)
     */
    @Transactional(readOnly = true)
    @PreAuthorize(TEAM)
    public List<HelpEntryDetails> entries(SupportCategory category, Pageable page) {
        var ordered = PageRequest.of(page.getPageNumber(), page.getPageSize(), EDITORIAL);
        var found = entries.findByCategory(category, ordered);
        LocalDate today = LocalDate.now(clock);
        var counts = consultations.counts(found.stream().map(HelpEntry::getId).toList(),
                today.minusDays(HelpCentreService.WINDOW_DAYS - 1L), today);
        return found.stream().map(e -> e.toDetails(counts.getOrDefault(e.getId(), 0L))).toList();
    }

    /** How many entries {@link #entries} lists for this category. */
    @Transactional(readOnly = true)
    @PreAuthorize(TEAM)
    public long count(SupportCategory category) {
        return entries.countByCategory(category);
    }

    /**
     * One entry as stored now.
     *
     * @throws SupportException "helpdesk.faq.error.gone" when there is no such entry
     */
    @Transactional(readOnly = true)
    @PreAuthorize(TEAM)
    public HelpEntryDetails get(long id) {
        HelpEntry entry = find(id);
        LocalDate today = LocalDate.now(clock);
        long read = consultations.counts(List.of(id), today.minusDays(HelpCentreService.WINDOW_DAYS - 1L), today)
                .getOrDefault(id, 0L);
        return entry.toDetails(read);
    }

    /**
     * Adds an entry at the end of its category, not published yet.
     *
     * @throws SupportException "helpdesk.faq.error.link" when a link is not http(s) or mailto
     */
    @Transactional
    @PreAuthorize(TEAM)
    public HelpEntryDetails create(SupportCategory category, @Valid HelpEntryDraft draft) {
        checkLinks(draft);
        CproPrincipal agent = currentUser.require();
        var entry = new HelpEntry(category, entries.maxEditorialOrder() + ORDER_STEP, draft, agent.displayName(), now());
        try {
            entries.saveAndFlush(entry);
        } catch (DataIntegrityViolationException e) {
            // Another agent took the same place at the same moment.
            throw new SupportException("helpdesk.faq.error.retry", e);
        }
        record(agent, AuditEvent.Type.HELP_ENTRY_CREATED, entry);
        return entry.toDetails(0);
    }

    /**
     * Changes an entry's question and answer.
     *
     * @param version the version the agent's form was loaded with
     * @throws SupportException "helpdesk.faq.error.stale" (who, when) when someone changed it since;
     *                          "helpdesk.faq.error.gone" when there is no such entry;
     *                          "helpdesk.faq.error.link" when a link is not http(s) or mailto
     */
    @Transactional
    @PreAuthorize(TEAM)
    public HelpEntryDetails update(long id, long version, @Valid HelpEntryDraft draft) {
        checkLinks(draft);
        CproPrincipal agent = currentUser.require();
        HelpEntry entry = find(id);
        if (entry.getVersion() != version) {
            throw stale(entry);
        }
        entry.edit(draft, agent.displayName(), now());
        try {
            // Flushed here so that an edit committed between our read and our write (the @Version check in
            // the UPDATE) is refused like any stale edit, not as a failure at commit.
            entries.saveAndFlush(entry);
        } catch (OptimisticLockingFailureException e) {
            throw new SupportException("helpdesk.faq.error.stale.unknown", e);
        }
        record(agent, AuditEvent.Type.HELP_ENTRY_UPDATED, entry);
        return get(id);
    }

    /**
     * Publishes an entry (schools read it from now on) or withdraws it (schools no longer see it, nor find
     * it, nor count it among the most frequent questions). Doing what is already done changes nothing.
     *
     * @throws SupportException "helpdesk.faq.error.gone" when there is no such entry
     */
    @Transactional
    @PreAuthorize(TEAM)
    public void setPublished(long id, boolean published) {
        HelpEntry entry = find(id);
        if (entry.isPublished() == published) {
            return;
        }
        entries.setPublished(id, published);
        record(currentUser.require(), published ? AuditEvent.Type.HELP_ENTRY_PUBLISHED
                : AuditEvent.Type.HELP_ENTRY_UNPUBLISHED, entry);
    }

    /**
     * Swaps an entry with its neighbour above or below in its category (published or not). The first
     * entry does not go up, nor the last one down.
     *
     * @return whether it moved
     * @throws SupportException "helpdesk.faq.error.gone" when there is no such entry
     */
    @Transactional
    @PreAuthorize(TEAM)
    public boolean move(long id, Direction direction) {
        SupportCategory category = find(id).getCategory();
        List<HelpEntry> list = entries.lockCategory(category);
        int at = -1;
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).getId() == id) {
                at = i;
            }
        }
        int other = direction == Direction.UP ? at - 1 : at + 1;
        if (at < 0 || other < 0 || other >= list.size()) {
            return false;
        }
        HelpEntry entry = list.get(at);
        HelpEntry neighbour = list.get(other);
        int mine = entry.getEditorialOrder();
        int theirs = neighbour.getEditorialOrder();
        // The orders are unique, checked row by row: one of them steps aside first.
        entries.setEditorialOrder(id, -mine);
        entries.setEditorialOrder(neighbour.getId(), mine);
        entries.setEditorialOrder(id, theirs);
        record(currentUser.require(), AuditEvent.Type.HELP_ENTRY_MOVED, entry,
                direction == Direction.UP ? "↑" : "↓");
        return true;
    }

    private void checkLinks(HelpEntryDraft draft) {
        var refused = AnswerMarkup.refusedLinks(draft.answer());
        if (!refused.isEmpty()) {
            throw new SupportException("helpdesk.faq.error.link", refused.getFirst());
        }
    }

    private void record(CproPrincipal agent, AuditEvent.Type type, HelpEntry entry, String... more) {
        String detail = "#" + entry.getId() + " " + entry.getCategory().name() + " « " + entry.getQuestion() + " »"
                + (more.length == 0 ? "" : " " + String.join(" ", more));
        audit.record(type, agent.accountId(), agent.login(), detail);
    }

    /** Now, at the DATETIME(6) column's precision: what an edit returns is what a read returns. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private HelpEntry find(long id) {
        return entries.findById(id).orElseThrow(() -> new SupportException("helpdesk.faq.error.gone"));
    }

    private SupportException stale(HelpEntry current) {
        return current.getUpdatedByName() == null || current.getUpdatedAt() == null
                ? new SupportException("helpdesk.faq.error.stale.unknown")
                : new SupportException("helpdesk.faq.error.stale", current.getUpdatedByName(),
                        dates.full(current.getUpdatedAt()));
    }
}
