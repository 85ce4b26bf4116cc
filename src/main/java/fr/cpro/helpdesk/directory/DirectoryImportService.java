package fr.cpro.helpdesk.directory;

import fr.cpro.account.AccountLifecycleService;
import fr.cpro.security.AppRoles;
import fr.cpro.security.AuditEvent;
import fr.cpro.security.AuditLog;
import fr.cpro.security.CproPrincipal;
import fr.cpro.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Import of the official directory, for the support team: a preview of what a file would do, stored in the
 * database (a whole directory is 70,000 lines, read as a stream); confirming it; and then, separately, sending
 * the activation link to the schools the agent selects. Each preview belongs to the agent who uploaded it.
 */
@Service
public class DirectoryImportService {

    /** The largest file taken: the whole national directory is some 70 Mo. */
    public static final long MAX_FILE_BYTES = 200L * 1024 * 1024;
    /** At most this many activation links in one action. */
    public static final int ACTIVATION_BATCH_MAX = 500;
    /** Previews are kept this long, then deleted with their lines when a new one is made. */
    static final Duration KEPT = Duration.ofDays(1);

    private static final Logger log = LoggerFactory.getLogger(DirectoryImportService.class);

    private final DirectoryImportTables tables;
    private final AccountLifecycleService lifecycle;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    DirectoryImportService(DirectoryImportTables tables, AccountLifecycleService lifecycle, AuditLog audit,
                           CurrentUser currentUser, Clock clock) {
        this.tables = tables;
        this.lifecycle = lifecycle;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Reads a directory file and stores its preview: for each line, whether confirming would create the
     * school, update it (and which fields), leave it as it is, or refuse the line (and why). Changes no school.
     *
     * @param fileName the file's name as uploaded, shown to the agent
     * @return the preview, every line in scope
     * @throws DirectoryImportException when the file is empty, lacks a needed column, is not UTF-8 or is not
     *                                  well-formed CSV; nothing is kept then
     */
    @Transactional
    @PreAuthorize("hasRole('" + AppRoles.AGENT + "')")
    public PreviewSummary preview(InputStream file, String fileName) {
        CproPrincipal me = currentUser.require();
        Instant now = clock.instant();
        tables.deleteCreatedBefore(now.minus(KEPT));
        String name = fileName == null || fileName.isBlank() ? "Annuaire.csv" : fileName.strip();
        long id = tables.create(me.accountId(), name.length() > 255 ? name.substring(0, 255) : name, now);
        var writer = tables.new LineWriter(id);
        long started = System.nanoTime();
        int rows = DirectoryFile.read(file, writer);
        writer.flush();
        long read = System.nanoTime();
        tables.setRowCount(id, rows);
        tables.classify(id);
        log.info("Directory preview {}: {} lines of {} read and stored in {} ms (inserts {} ms), classified in {} ms",
                id, rows, name, (read - started) / 1_000_000, writer.insertMillis(), (System.nanoTime() - read) / 1_000_000);
        return summary(id, DirectoryFilter.ALL);
    }

    /**
     * The preview's counts for this filter; once applied, for the filter it was applied with.
     *
     * @throws DirectoryImportException when there is no such preview of the signed-in agent's
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + AppRoles.AGENT + "')")
    public PreviewSummary summary(long id, DirectoryFilter filter) {
        var header = mine(id, false);
        DirectoryFilter scope = header.appliedAt() == null ? filter : header.filter();
        Map<Outcome, Integer> counts = tables.counts(id, scope);
        int inScope = counts.values().stream().mapToInt(Integer::intValue).sum();
        return new PreviewSummary(id, header.fileName(), header.rowCount(), inScope, counts, tables.types(id),
                header.appliedAt());
    }

    /** The filter a preview was applied with, or {@code filter} while it is not. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + AppRoles.AGENT + "')")
    public DirectoryFilter effectiveFilter(long id, DirectoryFilter filter) {
        var header = mine(id, false);
        return header.appliedAt() == null ? filter : header.filter();
    }

    /** One page of the preview's lines that the filter keeps, with this outcome (any if {@code null}), in file order. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + AppRoles.AGENT + "')")
    public List<PreviewLine> lines(long id, DirectoryFilter filter, Outcome outcome, int offset, int limit) {
        mine(id, false);
        return tables.lines(id, filter, outcome, offset, limit);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + AppRoles.AGENT + "')")
    public int countLines(long id, DirectoryFilter filter, Outcome outcome) {
        mine(id, false);
        return tables.countLines(id, filter, outcome);
    }

    /**
     * Applies the preview to the lines the filter keeps, compared again with the schools as they are now:
     * creates the new schools, each with its administrator's account awaiting activation, updates the
     * changed ones. Deletes no school and sends no mail. Audited with its counts. Importing the same file
     * again changes nothing.
     *
     * @throws DirectoryImportException when the preview is not the agent's, or was applied already
     */
    @Transactional
    @PreAuthorize("hasRole('" + AppRoles.AGENT + "')")
    public ImportResult confirm(long id, DirectoryFilter filter) {
        CproPrincipal me = currentUser.require();
        var header = mine(id, true);
        if (header.appliedAt() != null) {
            throw new DirectoryImportException("helpdesk.import.error.applied");
        }
        long started = System.nanoTime();
        // The schools may have changed since the preview: what is written follows the database as it is now.
        tables.classify(id);
        Map<Outcome, Integer> counts = tables.counts(id, filter);
        Instant now = clock.instant();
        tables.apply(id, filter, now);
        tables.markApplied(id, filter, now, counts);
        var result = new ImportResult(counts.get(Outcome.NEW), counts.get(Outcome.UPDATE), counts.get(Outcome.SAME),
                counts.get(Outcome.REFUSED));
        audit.record(AuditEvent.Type.DIRECTORY_IMPORT, me.accountId(), me.login(), describe(header, filter, result));
        log.info("Directory import {} applied in {} ms: {}", id, (System.nanoTime() - started) / 1_000_000, result);
        return result;
    }

    /** The schools of an applied import whose account still awaits activation, a page at a time, in file order. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + AppRoles.AGENT + "')")
    public List<PendingSchool> pendingSchools(long id, int offset, int limit) {
        var header = mine(id, false);
        return header.appliedAt() == null ? List.of() : tables.pendingSchools(id, header.filter(), offset, limit);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + AppRoles.AGENT + "')")
    public int countPendingSchools(long id) {
        var header = mine(id, false);
        return header.appliedAt() == null ? 0 : tables.countPendingSchools(id, header.filter());
    }

    /**
     * Sends the activation link to each of these schools of an applied import whose account still awaits
     * activation (the others are skipped), to its official mailbox; each link replaces the school's
     * previous one. Each school's link is its own transaction: one failing leaves the others sent.
     *
     * @return how many links were sent
     * @throws DirectoryImportException for more than {@value #ACTIVATION_BATCH_MAX} schools at once, or an
     *                                  import that is not the agent's or not applied
     */
    @PreAuthorize("hasRole('" + AppRoles.AGENT + "')")
    public int sendActivation(long id, Collection<String> uais) {
        CproPrincipal me = currentUser.require();
        if (uais.size() > ACTIVATION_BATCH_MAX) {
            throw new DirectoryImportException("helpdesk.import.error.too-many", ACTIVATION_BATCH_MAX);
        }
        var header = mine(id, false);
        if (header.appliedAt() == null) {
            throw new DirectoryImportException("helpdesk.import.error.not-applied");
        }
        int sent = 0;
        for (long account : tables.pendingAccounts(id, header.filter(), uais)) {
            try {
                lifecycle.sendActivation(account);
                sent++;
            } catch (IllegalStateException activatedMeanwhile) {
                log.info("Account {} was activated before its link was sent", account);
            }
        }
        audit.record(AuditEvent.Type.DIRECTORY_IMPORT, me.accountId(), me.login(),
                "import " + id + " : lien d'activation envoyé à " + sent + " établissement(s)");
        return sent;
    }

    private DirectoryImportTables.Header mine(long id, boolean forUpdate) {
        long me = currentUser.require().accountId();
        return tables.header(id, forUpdate).filter(h -> h.accountId() == me)
                .orElseThrow(() -> new DirectoryImportException("helpdesk.import.error.not-found"));
    }

    private static String describe(DirectoryImportTables.Header header, DirectoryFilter filter, ImportResult r) {
        String scope = (filter.types().isEmpty() ? "tous types" : String.join(", ", filter.sortedTypes()))
                + (filter.vocationalOnly() ? ", voie professionnelle" : "");
        return "%s : %d créé(s), %d mis à jour, %d inchangé(s), %d refusé(s) ; filtre : %s".formatted(
                header.fileName(), r.created(), r.updated(), r.unchanged(), r.refused(), scope);
    }
}
