package fr.cpro.support;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Makes a browser-given file name safe to keep and to send back in {@code Content-Disposition}:
 * no folder parts, no control characters, at most 255 UTF-8 bytes, and none of Windows' reserved
 * names (a school downloading {@code CON.txt} on Windows would get an error).
 */
public final class FileNames {

    static final int MAX_BYTES = 255;
    private static final String FALLBACK = "fichier";
    private static final Set<String> WINDOWS_RESERVED = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private FileNames() {
    }

    /** The safe form of a name; never empty. */
    public static String sanitise(String name) {
        if (name == null) {
            return FALLBACK;
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFC);
        // Only the last path part: browsers on Windows once sent "C:\Users\…\file.pdf".
        int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        s = s.substring(cut + 1);
        var sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
                    || "<>:\"|?*".indexOf(cp) >= 0) {
                sb.append('_');
            } else {
                sb.appendCodePoint(cp);
            }
        });
        s = sb.toString().strip();
        // Windows drops trailing dots and spaces; leading dots would hide the file on Unix.
        s = s.replaceAll("[. ]+$", "").replaceAll("^\\.+", "");
        if (s.isEmpty()) {
            return FALLBACK;
        }
        int dot = s.indexOf('.');
        String stem = dot < 0 ? s : s.substring(0, dot);
        if (WINDOWS_RESERVED.contains(stem.toUpperCase(Locale.ROOT))) {
            s = "_" + s;
        }
        return truncateUtf8(s);
    }

    /** Cuts the name to 255 UTF-8 bytes, keeping the extension and never splitting a character. */
    private static String truncateUtf8(String s) {
        if (s.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
            return s;
        }
        int dot = s.lastIndexOf('.');
        String ext = dot > 0 && s.length() - dot <= 16 ? s.substring(dot) : "";
        String stem = ext.isEmpty() ? s : s.substring(0, dot);
        int budget = MAX_BYTES - ext.getBytes(StandardCharsets.UTF_8).length;
        var sb = new StringBuilder();
        int used = 0;
        for (int i = 0; i < stem.length(); ) {
            int cp = stem.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (used + len > budget) {
                break;
            }
            sb.appendCodePoint(cp);
            used += len;
            i += Character.charCount(cp);
        }
        return sb + ext;
    }
}
