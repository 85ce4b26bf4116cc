package fr.cpro.base;

import org.springframework.data.jpa.repository.query.EscapeCharacter;

/**
 * The one rule for searches with SQL {@code LIKE}: what the user typed is looked for as written
 * ("50%" finds "50%", not "50" followed by anything; "d_activation" does not find "d'activation").
 * The escaping is Spring Data's; every query names the same {@link #ESCAPE} character in its
 * {@code ESCAPE} clause, so no query relies on a database's default.
 */
public final class LikePatterns {

    /**
     * The escape character of every {@code LIKE} in the application. Not the backslash: inside an
     * SQL string literal MariaDB reads a backslash as an escape itself, so {@code ESCAPE '\'} does
     * not even parse there.
     */
    public static final char ESCAPE = '!';

    private static final EscapeCharacter ESCAPER = EscapeCharacter.of(ESCAPE);

    private LikePatterns() {
    }

    /**
     * {@code %text%}, with the text's own {@code %}, {@code _} and {@value #ESCAPE} taken literally.
     *
     * @return the pattern, or {@code null} for {@code null} (a query's "no filter")
     */
    public static String containing(String text) {
        return text == null ? null : "%" + ESCAPER.escape(text) + "%";
    }
}
