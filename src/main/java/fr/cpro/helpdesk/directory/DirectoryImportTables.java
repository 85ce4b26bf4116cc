package fr.cpro.helpdesk.directory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The preview tables and the set-based statements that apply an import, in plain SQL.
 *
 * <p>Why not JPA: a directory is 70,000 lines. Through entities that is 70,000 objects in the persistence
 * context and as many single-row statements for the preview, then again for the schools and their accounts.
 * Here the preview goes in by multi-row {@code INSERT}s of {@value #BATCH} lines (one in memory at a time),
 * and classifying and applying it are a handful of {@code INSERT … SELECT} / {@code UPDATE … JOIN} statements
 * that MariaDB runs on its indexes. The schema's constraints still hold every write: the UAI's and the login's
 * unique keys, the account's foreign key and check constraints, NOT NULL and lengths (the file's values are
 * checked and cut to them first). Versions are incremented so that a form open on a school sees the change.
 * Comparisons use {@code utf8mb4_bin}: the tables' collation ignores case and accents, a directory fix of an
 * accent is a change.
 */
@Component
class DirectoryImportTables {

    static final int BATCH = 1000;
    private static final String ROW_COLUMNS =
            "import_id, line_no, uai, name, type, vocational, town, academie, email, refusal, outcome";
    private static final String ROW_PLACEHOLDERS = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String LINE_COLUMNS =
            "line_no, uai, name, type, vocational, town, academie, email, outcome, changes, refusal, refusal_detail";

    private final JdbcTemplate jdbc;

    DirectoryImportTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The owner and state of an import. */
    record Header(long id, long accountId, String fileName, int rowCount, Instant appliedAt, DirectoryFilter filter) {
    }

    long create(long accountId, String fileName, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement(
                    "insert into directory_import (account_id, file_name, created_at) values (?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS);
            ps.setLong(1, accountId);
            ps.setString(2, fileName);
            ps.setTimestamp(3, Timestamp.from(now));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    /** Previews older than this go, with their lines (cascade). */
    int deleteCreatedBefore(Instant limit) {
        return jdbc.update("delete from directory_import where created_at < ?", Timestamp.from(limit));
    }

    Optional<Header> header(long id, boolean forUpdate) {
        return jdbc.query("select id, account_id, file_name, row_count, applied_at, filter_types, vocational_only"
                        + " from directory_import where id = ?" + (forUpdate ? " for update" : ""),
                (rs, n) -> new Header(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
                        instant(rs.getTimestamp(5)), new DirectoryFilter(types(rs.getString(6)), rs.getBoolean(7))),
                id).stream().findFirst();
    }

    /** Collects lines and writes them {@value #BATCH} at a time; {@link #flush()} writes the rest. */
    final class LineWriter implements Consumer<DirectoryFile.Line> {
        private final long importId;
        private final List<Object> values = new ArrayList<>(BATCH * 11);
        private int buffered;
        /** Time spent in the database, for the log. */
        private long insertNanos;

        LineWriter(long importId) {
            this.importId = importId;
        }

        @Override
        public void accept(DirectoryFile.Line line) {
            values.addAll(Arrays.asList(importId, line.number(), line.uai(), line.name(), line.type(),
                    line.vocational(), line.town(), line.academie(), line.email(),
                    line.refusal() == null ? null : line.refusal().name(), line.refusal() == null ? "SAME" : "REFUSED"));
            if (++buffered == BATCH) {
                flush();
            }
        }

        long insertMillis() {
            return insertNanos / 1_000_000;
        }

        void flush() {
            if (buffered == 0) {
                return;
            }
            String sql = "insert into directory_import_row (" + ROW_COLUMNS + ") values "
                    + String.join(", ", java.util.Collections.nCopies(buffered, ROW_PLACEHOLDERS));
            long start = System.nanoTime();
            jdbc.update(sql, values.toArray());
            insertNanos += System.nanoTime() - start;
            values.clear();
            buffered = 0;
        }
    }

    void setRowCount(long id, int rows) {
        jdbc.update("update directory_import set row_count = ? where id = ?", rows, id);
    }

    /**
     * Refuses every line whose UAI is on another line too, naming the lines, then compares each importable
     * line with the school of its UAI, as the database is now.
     */
    void classify(long id) {
        // A derived table, materialised before the update reads it (MariaDB refuses a plain subquery on the
        // updated table). Lines refused for their UAI have none to share.
        jdbc.update("""
                update directory_import_row r
                join (select uai, left(group_concat(line_no order by line_no separator ', '), 100) as lines_list
                      from directory_import_row
                      where import_id = ? and (refusal is null or refusal not in ('UAI_MISSING', 'UAI_FORMAT', 'UAI_CHECK_LETTER'))
                      group by uai having count(*) > 1) d on d.uai = r.uai
                set r.refusal = 'DUPLICATE',
                    r.refusal_detail = d.lines_list,
                    r.outcome = 'REFUSED'
                where r.import_id = ?""", id, id);
        jdbc.update("""
                update directory_import_row r
                left join establishment e on e.uai = r.uai
                left join account a on a.login = r.uai and a.role = 'ETABLISSEMENT'
                set r.outcome = if(e.id is null, 'NEW', 'SAME'),
                    r.changes = if(e.id is null, null, nullif(concat_ws(',',
                        if(e.name <=> r.name collate utf8mb4_bin, null, 'name'),
                        if(e.official_email <=> r.email collate utf8mb4_bin, null, 'email'),
                        if(e.academie <=> r.academie collate utf8mb4_bin, null, 'academie'),
                        if(e.town <=> nullif(r.town, '') collate utf8mb4_bin, null, 'town'),
                        if(a.id is null, 'account', null)), ''))
                where r.import_id = ? and r.refusal is null""", id);
        jdbc.update("update directory_import_row set outcome = 'UPDATE'"
                + " where import_id = ? and outcome = 'SAME' and changes is not null", id);
    }

    /** Lines the filter keeps, per outcome. */
    Map<Outcome, Integer> counts(long id, DirectoryFilter filter) {
        var scope = Scope.of(filter);
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            counts.put(outcome, 0);
        }
        jdbc.query("select outcome, count(*) from directory_import_row r where r.import_id = ?" + scope.sql
                        + " group by outcome",
                rs -> {
                    counts.put(Outcome.valueOf(rs.getString(1)), rs.getInt(2));
                }, scope.params(id));
        return counts;
    }

    /** Every type of the file with its number of lines, alphabetically. */
    Map<String, Integer> types(long id) {
        Map<String, Integer> types = new LinkedHashMap<>();
        jdbc.query("select type, count(*) from directory_import_row where import_id = ? group by type order by type",
                rs -> {
                    types.put(rs.getString(1), rs.getInt(2));
                }, id);
        return types;
    }

    List<PreviewLine> lines(long id, DirectoryFilter filter, Outcome outcome, int offset, int limit) {
        var scope = Scope.of(filter);
        List<Object> params = new ArrayList<>(List.of(scope.params(id)));
        String byOutcome = "";
        if (outcome != null) {
            byOutcome = " and r.outcome = ?";
            params.add(outcome.name());
        }
        params.add(limit);
        params.add(offset);
        String sql = "select " + LINE_COLUMNS + " from directory_import_row r where r.import_id = ?" + scope.sql
                + byOutcome + " order by r.line_no limit ? offset ?";
        return jdbc.query(sql, LINE, params.toArray());
    }

    int countLines(long id, DirectoryFilter filter, Outcome outcome) {
        var scope = Scope.of(filter);
        List<Object> params = new ArrayList<>(List.of(scope.params(id)));
        String byOutcome = "";
        if (outcome != null) {
            byOutcome = " and r.outcome = ?";
            params.add(outcome.name());
        }
        Integer count = jdbc.queryForObject("select count(*) from directory_import_row r where r.import_id = ?"
                + scope.sql + byOutcome, Integer.class, params.toArray());
        return count == null ? 0 : count;
    }

    /**
     * Applies the lines the filter keeps, as classified: creates the new schools, updates the changed ones,
     * gives an administrator's account awaiting activation (no password, no mail) to each that has none, and
     * points a not yet activated account at the school's new official mailbox. Never deletes.
     */
    void apply(long id, DirectoryFilter filter, Instant now) {
        var scope = Scope.of(filter);
        Timestamp at = Timestamp.from(now);
        jdbc.update("""
                insert into establishment (uai, name, official_email, academie, town, created_at, version)
                select r.uai, r.name, r.email, r.academie, nullif(r.town, ''), ?, 0
                from directory_import_row r
                where r.import_id = ? and r.outcome = 'NEW'""" + scope.sql, scope.params(at, id));
        jdbc.update("""
                update establishment e
                join directory_import_row r on r.uai = e.uai
                set e.name = r.name, e.official_email = r.email, e.academie = r.academie, e.town = nullif(r.town, ''),
                    e.version = e.version + 1
                where r.import_id = ? and r.outcome = 'UPDATE' and r.changes <> 'account'""" + scope.sql,
                scope.params(id));
        jdbc.update("""
                update account a
                join establishment e on e.id = a.establishment_id
                join directory_import_row r on r.uai = e.uai
                set a.email = e.official_email, a.updated_at = ?, a.version = a.version + 1
                where r.import_id = ? and r.outcome = 'UPDATE' and find_in_set('email', r.changes) > 0
                  and a.role = 'ETABLISSEMENT' and a.password_hash is null
                  and not (a.email <=> e.official_email collate utf8mb4_bin)""" + scope.sql, scope.params(at, id));
        jdbc.update("""
                insert into account (login, role, email, enabled, establishment_id, created_at, updated_at, version)
                select e.uai, 'ETABLISSEMENT', e.official_email, true, e.id, ?, ?, 0
                from directory_import_row r
                join establishment e on e.uai = r.uai
                left join account a on a.login = e.uai
                where r.import_id = ? and r.outcome in ('NEW', 'UPDATE') and a.id is null""" + scope.sql,
                scope.params(at, at, id));
    }

    void markApplied(long id, DirectoryFilter filter, Instant now, Map<Outcome, Integer> counts) {
        jdbc.update("update directory_import set applied_at = ?, filter_types = ?, vocational_only = ?,"
                        + " created_count = ?, updated_count = ?, unchanged_count = ?, refused_count = ? where id = ?",
                Timestamp.from(now), String.join("\n", filter.sortedTypes()), filter.vocationalOnly(),
                counts.get(Outcome.NEW), counts.get(Outcome.UPDATE), counts.get(Outcome.SAME),
                counts.get(Outcome.REFUSED), id);
    }

    private static final String PENDING_FROM = " " + """
             from directory_import_row r
             join account a on a.login = r.uai and a.role = 'ETABLISSEMENT'
             join establishment e on e.id = a.establishment_id
             where r.import_id = ? and r.outcome <> 'REFUSED' and a.password_hash is null and a.enabled""";

    /** The schools of an applied import (within its filter) whose account awaits activation, in file order. */
    List<PendingSchool> pendingSchools(long id, DirectoryFilter filter, int offset, int limit) {
        var scope = Scope.of(filter);
        List<Object> params = new ArrayList<>(List.of(scope.params(id)));
        params.add(limit);
        params.add(offset);
        return jdbc.query("select e.uai, e.name, e.official_email, e.town, (select max(t.created_at) from account_token t"
                        + " where t.account_id = a.id and t.purpose = 'ACTIVATION')" + PENDING_FROM + scope.sql
                        + " order by r.line_no limit ? offset ?",
                (rs, n) -> new PendingSchool(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        instant(rs.getTimestamp(5))), params.toArray());
    }

    int countPendingSchools(long id, DirectoryFilter filter) {
        var scope = Scope.of(filter);
        Integer count = jdbc.queryForObject("select count(*)" + PENDING_FROM + scope.sql, Integer.class,
                scope.params(id));
        return count == null ? 0 : count;
    }

    /** The accounts, among these UAIs of the import, that still await activation. */
    List<Long> pendingAccounts(long id, DirectoryFilter filter, Collection<String> uais) {
        if (uais.isEmpty()) {
            return List.of();
        }
        var scope = Scope.of(filter);
        List<Object> params = new ArrayList<>(List.of(scope.params(id)));
        params.addAll(uais);
        return jdbc.queryForList("select a.id" + PENDING_FROM + scope.sql + " and r.uai in ("
                + String.join(", ", java.util.Collections.nCopies(uais.size(), "?")) + ") order by r.line_no",
                Long.class, params.toArray());
    }

    private static final RowMapper<PreviewLine> LINE = (rs, n) -> {
        String changes = rs.getString(10);
        String refusal = rs.getString(11);
        return new PreviewLine(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5),
                rs.getString(6), rs.getString(7), rs.getString(8), Outcome.valueOf(rs.getString(9)),
                changes == null ? List.of() : List.of(changes.split(",")),
                refusal == null ? null : Refusal.valueOf(refusal), rs.getString(12));
    };

    private static java.util.Set<String> types(String stored) {
        return stored == null || stored.isEmpty() ? java.util.Set.of() : java.util.Set.of(stored.split("\n"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** The filter as SQL on the lines (alias {@code r}), with its parameters after the given ones. */
    private record Scope(String sql, List<Object> filterParams) {

        static Scope of(DirectoryFilter filter) {
            var sql = new StringBuilder();
            List<Object> params = new ArrayList<>();
            if (filter.vocationalOnly()) {
                sql.append(" and r.vocational");
            }
            if (!filter.types().isEmpty()) {
                sql.append(" and r.type in (")
                        .append(String.join(", ", java.util.Collections.nCopies(filter.types().size(), "?")))
                        .append(')');
                params.addAll(filter.sortedTypes());
            }
            return new Scope(sql.toString(), params);
        }

        Object[] params(Object... before) {
            List<Object> all = new ArrayList<>(Arrays.asList(before));
            all.addAll(filterParams);
            return all.toArray();
        }
    }
}
