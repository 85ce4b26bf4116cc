package fr.cpro.helpdesk.journal.ui;

import com.vaadin.flow.router.QueryParameters;
import fr.cpro.security.AuditEvent;
import fr.cpro.security.AuditQuery;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Journal's filters in the address, e.g. {@code ?type=SIGN_IN_FAILURE&uai=0759999L&du=2026-01-05}, so
 * that a reload, the back button or a shared link shows the same events. A value that cannot be read is
 * ignored rather than refused.
 */
final class JournalParams {

    static final String TYPE = "type";
    static final String LOGIN = "compte";
    static final String UAI = "uai";
    static final String FROM = "du";
    static final String TO = "au";

    private JournalParams() {
    }

    static AuditQuery read(QueryParameters query) {
        return new AuditQuery(
                single(query, TYPE).flatMap(JournalParams::type).orElse(null),
                single(query, LOGIN).orElse(null),
                single(query, UAI).orElse(null),
                single(query, FROM).flatMap(JournalParams::date).orElse(null),
                single(query, TO).flatMap(JournalParams::date).orElse(null));
    }

    static QueryParameters write(AuditQuery filter) {
        Map<String, List<String>> p = new HashMap<>();
        if (filter.type() != null) {
            p.put(TYPE, List.of(filter.type().name()));
        }
        put(p, LOGIN, filter.login());
        put(p, UAI, filter.uai());
        if (filter.from() != null) {
            p.put(FROM, List.of(filter.from().toString()));
        }
        if (filter.to() != null) {
            p.put(TO, List.of(filter.to().toString()));
        }
        return new QueryParameters(p);
    }

    private static void put(Map<String, List<String>> p, String name, String value) {
        if (value != null && !value.isBlank()) {
            p.put(name, List.of(value.strip()));
        }
    }

    private static Optional<String> single(QueryParameters query, String name) {
        return query.getSingleParameter(name).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static Optional<AuditEvent.Type> type(String name) {
        try {
            return Optional.of(AuditEvent.Type.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
