package fr.cpro.support.help;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The help centre's answers are plain text with a minimal markup, read here into blocks that the screens
 * build as components (text only, never HTML):
 * <ul>
 *   <li>each line is a paragraph, and a blank line separates paragraphs too;</li>
 *   <li>a line that starts with {@code "- "} is an item of a bulleted list;</li>
 *   <li>{@code [texte](https://…)} is a link named by its text; a bare {@code https://…} or {@code http://…}
 *       is a link to itself;</li>
 *   <li>only {@code http}, {@code https} and {@code mailto} links are links: anything else
 *       ({@code javascript:}, {@code data:}, a relative address) stays as the text it was typed as.</li>
 * </ul>
 * One line per paragraph is the format of the first content (V31); blank lines are read the same way, so
 * that an agent who writes paragraphs apart gets what they expect.
 */
public final class AnswerMarkup {

    /** A block of an answer. */
    public sealed interface Block permits Paragraph, Bullets {
    }

    /** A paragraph. */
    public record Paragraph(List<Inline> content) implements Block {
    }

    /** A bulleted list, each item a line of text and links. */
    public record Bullets(List<List<Inline>> items) implements Block {
    }

    /** A piece of a line. */
    public sealed interface Inline permits Text, Link {
    }

    /** Text, shown as written (a {@code <} is a character, never a tag). */
    public record Text(String text) implements Inline {
    }

    /** A link whose address has been checked ({@link #safeHref}). */
    public record Link(String text, String href) implements Inline {
    }

    private static final String LIST_ITEM = "- ";
    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");
    private static final Pattern BARE = Pattern.compile("(?i)https?://");
    /** Characters that end a sentence rather than an address: "voir https://x.fr." links https://x.fr. */
    private static final String TRAILING = ".,;:!?»\"'";

    private AnswerMarkup() {
    }

    /** The blocks of an answer; {@code null} or blank gives none. */
    public static List<Block> parse(String text) {
        var blocks = new ArrayList<Block>();
        if (text == null) {
            return blocks;
        }
        List<List<Inline>> items = null;
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                items = null;
            } else if (trimmed.startsWith(LIST_ITEM) || trimmed.equals("-")) {
                if (items == null) {
                    items = new ArrayList<>();
                    blocks.add(new Bullets(items));
                }
                items.add(inline(trimmed.substring(1).strip()));
            } else {
                items = null;
                blocks.add(new Paragraph(inline(trimmed)));
            }
        }
        return blocks;
    }

    /**
     * The addresses of the {@code [texte](adresse)} links that would not be links (not http(s) or mailto,
     * or not an address at all), in the order written; the editor refuses an answer that has any.
     */
    public static List<String> refusedLinks(String text) {
        var refused = new ArrayList<String>();
        if (text == null) {
            return refused;
        }
        for (int open = text.indexOf('['); open >= 0; open = text.indexOf('[', open + 1)) {
            var link = bracketLink(text, open);
            if (link != null && safeHref(link.target).isEmpty()) {
                refused.add(link.target);
            }
        }
        return refused;
    }

    /**
     * The address as a link may carry it: an absolute http(s) address with a host, or a mailto address;
     * empty for anything else (other schemes, spaces, quotes or angle brackets, control characters).
     */
    public static Optional<String> safeHref(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String href = raw.strip();
        if (href.isEmpty() || href.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c)
                || c == '"' || c == '<' || c == '>' || c == '`')) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(href);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!SCHEMES.contains(scheme)) {
                return Optional.empty();
            }
            if (scheme.equals("mailto")) {
                return uri.getSchemeSpecificPart() != null && uri.getSchemeSpecificPart().contains("@")
                        ? Optional.of(href) : Optional.empty();
            }
            return uri.getHost() == null || uri.getHost().isEmpty() ? Optional.empty() : Optional.of(href);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private record BracketLink(String label, String target, int end) {
    }

    /** The {@code [label](target)} that starts at {@code open}, or {@code null} when there is none there. */
    private static BracketLink bracketLink(String text, int open) {
        if (open < 0) {
            return null;
        }
        int close = text.indexOf(']', open + 1);
        if (close < 0 || close + 1 >= text.length() || text.charAt(close + 1) != '(') {
            return null;
        }
        String label = text.substring(open + 1, close);
        if (label.isBlank() || label.indexOf('[') >= 0 || label.contains("\n")) {
            return null;
        }
        int end = text.indexOf(')', close + 2);
        if (end < 0 || text.substring(close + 2, end).contains("\n")) {
            return null;
        }
        return new BracketLink(label.strip(), text.substring(close + 2, end), end + 1);
    }

    private static List<Inline> inline(String line) {
        var pieces = new ArrayList<Inline>();
        var text = new StringBuilder();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '[') {
                var link = bracketLink(line, i);
                var href = link == null ? Optional.<String>empty() : safeHref(link.target);
                if (href.isPresent()) {
                    flush(text, pieces);
                    pieces.add(new Link(link.label, href.get()));
                    i = link.end;
                    continue;
                }
            } else if ((c == 'h' || c == 'H') && startsBare(line, i)) {
                int end = i;
                while (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
                    end++;
                }
                String address = line.substring(i, end);
                while (!address.isEmpty() && (TRAILING.indexOf(address.charAt(address.length() - 1)) >= 0
                        || address.endsWith(")") && address.indexOf('(') < 0)) {
                    address = address.substring(0, address.length() - 1);
                }
                var href = safeHref(address);
                if (href.isPresent()) {
                    flush(text, pieces);
                    pieces.add(new Link(address, href.get()));
                    i += address.length();
                    continue;
                }
            }
            text.append(c);
            i++;
        }
        flush(text, pieces);
        return pieces;
    }

    /** A bare address starts a word: "xhttps://" is not one. */
    private static boolean startsBare(String line, int at) {
        if (at > 0 && Character.isLetterOrDigit(line.charAt(at - 1))) {
            return false;
        }
        var matcher = BARE.matcher(line);
        matcher.region(at, line.length());
        return matcher.lookingAt();
    }

    private static void flush(StringBuilder text, List<Inline> pieces) {
        if (!text.isEmpty()) {
            pieces.add(new Text(text.toString()));
            text.setLength(0);
        }
    }
}
