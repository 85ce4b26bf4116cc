package fr.cpro.helpdesk.ui;

import com.vaadin.flow.router.QueryParameters;
import fr.cpro.support.QueueFilter;
import fr.cpro.support.SupportCategory;
import fr.cpro.support.TicketStatus;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The queue's filters in the address, so that a filtered queue can be bookmarked, shared and restored with
 * the back button: {@code ?statut=NOUVEAU&statut=EN_COURS&categorie=…&etablissement=…&assigne=ME&agent=12&sla=OVERDUE&q=…}.
 * Unknown or malformed values are ignored, never an error page.
 */
final class QueueParams {

    static final String STATUS = "statut";
    static final String CATEGORY = "categorie";
    static final String SCHOOL = "etablissement";
    static final String ASSIGNEE = "assigne";
    static final String AGENT = "agent";
    static final String SLA = "sla";
    static final String TEXT = "q";

    private QueueParams() {
    }

    static QueueFilter read(QueryParameters query) {
        Map<String, List<String>> p = query.getParameters();
        Set<TicketStatus> statuses = p.getOrDefault(STATUS, List.of()).stream()
                .map(v -> parse(TicketStatus.class, v)).flatMap(Optional::stream)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(TicketStatus.class)));
        return new QueueFilter(statuses, first(p, CATEGORY).flatMap(v -> parse(SupportCategory.class, v)).orElse(null),
                first(p, SCHOOL).orElse(null),
                first(p, ASSIGNEE).flatMap(v -> parse(QueueFilter.Assignee.class, v)).orElse(QueueFilter.Assignee.ANYONE),
                first(p, AGENT).flatMap(QueueParams::number).orElse(null),
                first(p, SLA).flatMap(v -> parse(QueueFilter.Sla.class, v)).orElse(null),
                first(p, TEXT).orElse(null));
    }

    static QueryParameters write(QueueFilter f) {
        Map<String, List<String>> p = new HashMap<>();
        if (!f.statuses().equals(QueueFilter.OPEN_STATUSES)) {
            p.put(STATUS, f.statuses().stream().sorted().map(Enum::name).toList());
        }
        put(p, CATEGORY, f.category() == null ? null : f.category().name());
        put(p, SCHOOL, f.school());
        put(p, ASSIGNEE, f.assignee() == QueueFilter.Assignee.ANYONE ? null : f.assignee().name());
        put(p, AGENT, f.assignee() == QueueFilter.Assignee.AGENT && f.agentId() != null ? f.agentId().toString() : null);
        put(p, SLA, f.sla() == null ? null : f.sla().name());
        put(p, TEXT, f.text());
        return new QueryParameters(p);
    }

    private static void put(Map<String, List<String>> p, String name, String value) {
        if (value != null && !value.isBlank()) {
            p.put(name, List.of(value.strip()));
        }
    }

    private static Optional<String> first(Map<String, List<String>> p, String name) {
        return p.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).findFirst();
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> number(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
