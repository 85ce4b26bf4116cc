package fr.cpro.helpdesk.ui;

import com.vaadin.flow.router.QueryParameters;
import fr.cpro.helpdesk.SchoolFilter;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The directory's filters in the address, to bookmark, share and come back to:
 * {@code ?q=…&compte=PENDING&abonnement=ENDING}. Unknown or malformed values are ignored, never an error page.
 */
final class SchoolParams {

    static final String TEXT = "q";
    static final String ACCOUNT = "compte";
    static final String SUBSCRIPTION = "abonnement";

    private SchoolParams() {
    }

    static SchoolFilter read(QueryParameters query) {
        Map<String, List<String>> p = query.getParameters();
        return new SchoolFilter(first(p, TEXT).orElse(null),
                first(p, ACCOUNT).flatMap(v -> parse(SchoolFilter.Account.class, v)).orElse(null),
                first(p, SUBSCRIPTION).flatMap(v -> parse(SchoolFilter.Subscriptions.class, v)).orElse(null));
    }

    static QueryParameters write(SchoolFilter f) {
        Map<String, List<String>> p = new HashMap<>();
        if (f.text() != null) {
            p.put(TEXT, List.of(f.text()));
        }
        if (f.account() != null) {
            p.put(ACCOUNT, List.of(f.account().name()));
        }
        if (f.subscription() != null) {
            p.put(SUBSCRIPTION, List.of(f.subscription().name()));
        }
        return new QueryParameters(p);
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
}
