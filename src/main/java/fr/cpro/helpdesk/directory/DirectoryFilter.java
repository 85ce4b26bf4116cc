package fr.cpro.helpdesk.directory;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which lines of the file the import covers: establishment types (none chosen: every type) and, if asked,
 * only establishments with a vocational track (Voie_professionnelle).
 */
public record DirectoryFilter(Set<String> types, boolean vocationalOnly) {

    /** More types than a directory has: a longer list is not a real choice. */
    public static final int MAX_TYPES = 50;

    public static final DirectoryFilter ALL = new DirectoryFilter(Set.of(), false);

    public DirectoryFilter {
        types = types == null ? Set.of() : Set.copyOf(new TreeSet<>(types));
        if (types.size() > MAX_TYPES) {
            throw new IllegalArgumentException("at most " + MAX_TYPES + " types");
        }
    }

    /** The types in alphabetical order. */
    public List<String> sortedTypes() {
        return List.copyOf(new TreeSet<>(types));
    }
}
