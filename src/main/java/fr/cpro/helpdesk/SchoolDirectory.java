package fr.cpro.helpdesk;

import fr.cpro.base.LikePatterns;
import fr.cpro.establishment.SubscriptionStatus;
import fr.cpro.security.AppRoles;
import fr.cpro.security.Uai;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The support team's directory of schools, filtered, sorted and paged in SQL: each school with its account's
 * state and its subscriptions' state today. Like support's queue, it reads the tables of the modules below
 * (schools, accounts, subscriptions) in one query, since no one of them knows the others; every change goes
 * through their services ({@link SchoolAdministration}).
 */
@Service
@PreAuthorize("hasRole('" + AppRoles.AGENT + "')")
public class SchoolDirectory {

    /** The columns the grid may sort on, by the name the view gives them. */
    public enum Sort {
        UAI("e.uai"), NAME("e.name"), ACADEMIE("e.academie"), TOWN("e.town");

        private final String column;

        Sort(String column) {
            this.column = column;
        }
    }

    /** One column of the order, ascending or not. */
    public record Order(Sort sort, boolean ascending) {
    }

    /** What a typed UAI's beginning looks like: digits, perhaps a final letter (after normalisation). */
    private static final Pattern UAI_START = Pattern.compile("\\d{3,7}[A-Z]?");
    private static final String SCHOOL_ACCOUNT = "left join account a on a.establishment_id = e.id and a.role = '"
            + AppRoles.ETABLISSEMENT + "'";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    SchoolDirectory(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One page of the directory, in this order (by name when none is given), the id last. */
    @Transactional(readOnly = true)
    public List<SchoolRow> find(SchoolFilter filter, List<Order> order, int offset, int limit) {
        var params = new MapSqlParameterSource();
        String where = where(filter == null ? SchoolFilter.ALL : filter, params);
        params.addValue("limit", Math.max(1, Math.min(limit, 500))).addValue("offset", Math.max(0, offset));
        List<String> by = new ArrayList<>();
        for (Order o : order == null ? List.<Order>of() : order) {
            by.add(o.sort().column + (o.ascending() ? " asc" : " desc"));
        }
        if (by.isEmpty()) {
            by.add("e.name asc");
        }
        by.add("e.id asc");
        return jdbc.query("""
                select e.id, e.uai, e.name, e.academie, e.town, a.id account_id, a.enabled, a.password_hash is null pending,
                       a.created_at account_created,
                       (select count(*) from subscription s where s.establishment_id = e.id) subscriptions,
                       (select count(*) from subscription s where s.establishment_id = e.id
                            and s.start_date <= :today and s.end_date >= :today) running,
                       (select min(s.end_date) from subscription s where s.establishment_id = e.id
                            and s.start_date <= :today and s.end_date >= :today) next_end
                from establishment e
                """ + SCHOOL_ACCOUNT + " where " + where + " order by " + String.join(", ", by)
                + " limit :limit offset :offset", params, (rs, n) -> row(rs));
    }

    /** How many schools match, for the pager. */
    @Transactional(readOnly = true)
    public long count(SchoolFilter filter) {
        var params = new MapSqlParameterSource();
        String where = where(filter == null ? SchoolFilter.ALL : filter, params);
        Long n = jdbc.queryForObject("select count(*) from establishment e " + SCHOOL_ACCOUNT + " where " + where,
                params, Long.class);
        return n == null ? 0 : n;
    }

    private String where(SchoolFilter f, MapSqlParameterSource p) {
        LocalDate today = LocalDate.now(clock);
        p.addValue("today", Date.valueOf(today));
        List<String> and = new ArrayList<>();
        and.add("1 = 1");
        if (f.text() != null) {
            String uai = Uai.normalise(f.text());
            String words = "e.name like :text escape '" + LikePatterns.ESCAPE + "' or e.academie like :text escape '"
                    + LikePatterns.ESCAPE + "' or e.town like :text escape '" + LikePatterns.ESCAPE + "'";
            p.addValue("text", LikePatterns.containing(f.text()));
            if (UAI_START.matcher(uai).matches()) {
                and.add("(e.uai like :uai or " + words + ")");
                p.addValue("uai", uai + "%");
            } else {
                and.add("(" + words + ")");
            }
        }
        if (f.account() != null) {
            and.add(switch (f.account()) {
                case NONE -> "a.id is null";
                case PENDING -> "a.enabled = true and a.password_hash is null";
                case ACTIVE -> "a.enabled = true and a.password_hash is not null";
                case DISABLED -> "a.enabled = false";
            });
        }
        if (f.subscription() != null) {
            String running = "select 1 from subscription s where s.establishment_id = e.id"
                    + " and s.start_date <= :today and s.end_date >= :today";
            and.add(switch (f.subscription()) {
                case RUNNING -> "exists (" + running + ")";
                case ENDING -> "exists (" + running + " and s.end_date <= :warning)";
                case NONE_RUNNING -> "not exists (" + running + ")"
                        + " and exists (select 1 from subscription s where s.establishment_id = e.id)";
                case NEVER -> "not exists (select 1 from subscription s where s.establishment_id = e.id)";
            });
            // The same 30 days as Accueil's warning.
            p.addValue("warning", Date.valueOf(today.plusDays(SubscriptionStatus.WARNING_DAYS)));
        }
        return String.join(" and ", and);
    }

    private static SchoolRow row(ResultSet rs) throws SQLException {
        long accountId = rs.getLong("account_id");
        SchoolFilter.Account account;
        if (rs.wasNull()) {
            account = SchoolFilter.Account.NONE;
        } else if (!rs.getBoolean("enabled")) {
            account = SchoolFilter.Account.DISABLED;
        } else {
            account = rs.getBoolean("pending") ? SchoolFilter.Account.PENDING : SchoolFilter.Account.ACTIVE;
        }
        LocalDateTime created = rs.getObject("account_created", LocalDateTime.class);
        Date nextEnd = rs.getDate("next_end");
        return new SchoolRow(rs.getLong("id"), rs.getString("uai"), rs.getString("name"), rs.getString("academie"),
                rs.getString("town"), account, created == null ? null : created.toInstant(ZoneOffset.UTC),
                rs.getInt("running"), rs.getInt("subscriptions"), nextEnd == null ? null : nextEnd.toLocalDate());
    }
}
