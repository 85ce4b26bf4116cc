package fr.cpro.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The password rules, the same for the first connection, a reset and a change:
 * at least {@value #MIN_LENGTH} characters; not containing the UAI, the user's names or
 * e-mail; not one of the common passwords shipped with the app (also once the usual
 * disguises are removed: capitals, accents, digits and symbols at the end, 0 for o, @ for a…).
 * And a strength estimate for the indicator shown while typing.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** bcrypt reads 72 bytes at most; refusing more keeps the whole password meaningful. */
    public static final int MAX_BYTES = 72;
    private static final int MIN_PERSONAL_PART = 3;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /**
     * What the password breaks, as translation keys, in the order the user should read them;
     * empty when it is accepted.
     *
     * @param personal what the password must not contain: UAI, login, Prénom, NOM, e-mail
     */
    public static List<String> violations(String password, Collection<String> personal) {
        var problems = new ArrayList<String>();
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            problems.add("password.rule.length");
            return problems;
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            problems.add("password.rule.too-long");
        }
        if (containsPersonal(password, personal)) {
            problems.add("password.rule.personal");
        }
        if (isCommon(password)) {
            problems.add("password.rule.common");
        }
        return problems;
    }

    /** The best {@link #strength}. */
    public static final int MAX_STRENGTH = 4;

    /** The translation key of a strength's French word, 0 to {@link #MAX_STRENGTH}. */
    public static String strengthKey(int score) {
        return "password.strength." + score;
    }

    /**
     * The strength shown while typing: 0 (refused) to 4 (excellent). A password that breaks
     * a rule is 0 whatever its length.
     */
    public static int strength(String password, Collection<String> personal) {
        if (password == null || password.isEmpty() || !violations(password, personal).isEmpty()) {
            return 0;
        }
        int pool = 0;
        if (password.chars().anyMatch(Character::isLowerCase)) {
            pool += 26;
        }
        if (password.chars().anyMatch(Character::isUpperCase)) {
            pool += 26;
        }
        if (password.chars().anyMatch(Character::isDigit)) {
            pool += 10;
        }
        if (password.chars().anyMatch(c -> !Character.isLetterOrDigit(c))) {
            pool += 33;
        }
        long distinct = password.chars().distinct().count();
        double bits = Math.min(password.length(), distinct * 2) * (Math.log(Math.max(pool, 10)) / Math.log(2));
        if (bits < 60) {
            return 1;
        }
        if (bits < 75) {
            return 2;
        }
        return bits < 95 ? 3 : 4;
    }

    static boolean containsPersonal(String password, Collection<String> personal) {
        String folded = fold(password);
        for (String value : personal) {
            if (value == null || value.isBlank()) {
                continue;
            }
            // For an e-mail, the local part is personal; the domain (ac-paris.fr…) is not.
            String own = fold(value.contains("@") ? value.substring(0, value.indexOf('@')) : value);
            var parts = new ArrayList<String>();
            parts.add(own);
            parts.addAll(List.of(own.split("[^\\p{L}\\p{N}]+"))); // "jean-marc" → jean, marc
            for (String part : parts) {
                if (part.length() >= MIN_PERSONAL_PART && folded.contains(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isCommon(String password) {
        String folded = fold(password);
        if (folded.chars().distinct().count() < 5) {
            return true; // "aaaaaaaaaaaa", "abababababab"…
        }
        var candidates = new HashSet<String>();
        for (String base : List.of(folded, strip(folded))) {
            candidates.add(base);
            candidates.add(unLeet(base));
            candidates.add(strip(unLeet(base)));
        }
        for (String candidate : candidates) {
            if (COMMON.contains(candidate) || COMMON.contains(candidate.replaceAll("[^\\p{L}\\p{N}]", ""))) {
                return true;
            }
        }
        return false;
    }

    /** Without the digits and symbols around the word: "2026motdepasse!!" → "motdepasse". */
    private static String strip(String value) {
        return value.replaceAll("[^\\p{L}]+$", "").replaceAll("^[^\\p{L}]+", "");
    }

    /** Lower case without accents, for comparisons a user would make. */
    static String fold(String value) {
        String decomposed = Normalizer.normalize(Objects.requireNonNull(value), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static String unLeet(String value) {
        return value.replace('0', 'o').replace('1', 'i').replace('3', 'e').replace('4', 'a').replace('5', 's')
                .replace('7', 't').replace('@', 'a').replace('$', 's').replace('!', 'i');
    }

    private static Set<String> load() {
        var words = new HashSet<String>();
        var stream = PasswordPolicy.class.getResourceAsStream("common-passwords.txt");
        if (stream == null) {
            throw new IllegalStateException("common-passwords.txt missing from the application");
        }
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(PasswordPolicy::fold).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }

    /** How many common passwords are shipped (for tests and the log). */
    static int commonCount() {
        return COMMON.size();
    }
}
