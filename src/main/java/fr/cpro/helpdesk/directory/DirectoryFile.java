package fr.cpro.helpdesk.directory;

import fr.cpro.base.EmailAddresses;
import fr.cpro.establishment.Establishment;
import fr.cpro.security.InvalidUaiException;
import fr.cpro.security.Uai;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The directory's CSV as published: {@code ;}-separated, UTF-8 (with or without a byte order mark), fields
 * quoted when needed, one line per establishment under a header naming the columns. Columns are found by
 * name (any order, any case), the others ignored. Read as a stream with Apache Commons CSV: one line in
 * memory at a time, whatever the size of the file.
 */
final class DirectoryFile {

    static final String UAI = "Identifiant_de_l_etablissement";
    static final String NAME = "Nom_etablissement";
    static final String TYPE = "Type_etablissement";
    static final String TOWN = "Nom_commune";
    static final String ACADEMIE = "Libelle_academie";
    static final String MAIL = "Mail";
    static final String VOCATIONAL = "Voie_professionnelle";
    /** The columns the import needs, in the order of {@link #read}'s index. */
    static final List<String> REQUIRED = List.of(UAI, NAME, TYPE, TOWN, ACADEMIE, MAIL, VOCATIONAL);

    static final int UAI_MAX = 20;
    static final int TYPE_MAX = 100;
    static final int TOWN_MAX = Establishment.TOWN_MAX;
    private static final Set<String> YES = Set.of("1", "oui", "o", "true", "vrai", "x", "yes");

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setDelimiter(';')
            .setQuote('"')
            .setHeader()
            .setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
            .setIgnoreEmptyLines(false)
            .setTrim(true)
            .get();

    /**
     * One line of the file, its values stripped and cut to what the preview stores.
     *
     * @param number  the line of the file where it starts (the header is line 1)
     * @param uai     normalised (upper case, no spaces), '' when missing
     * @param refusal why it cannot be imported, from this line alone; {@code null} if it can
     */
    record Line(int number, String uai, String name, String type, boolean vocational, String town, String academie,
                String email, Refusal refusal) {
    }

    private DirectoryFile() {
    }

    /**
     * Reads every line, in order, into {@code sink}.
     *
     * @return the number of lines read
     * @throws DirectoryImportException when the file is empty, lacks a needed column (named in the message),
     *                                  is not UTF-8 or is not well-formed CSV (the line is given)
     */
    static int read(InputStream in, Consumer<Line> sink) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var reader = new BufferedReader(new InputStreamReader(in, decoder), 64 * 1024);
        long lineEnd = 0;
        try {
            skipByteOrderMark(reader);
            try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
                int[] index = columns(parser.getHeaderNames());
                lineEnd = parser.getCurrentLineNumber();
                int count = 0;
                for (CSVRecord record : parser) {
                    int start = (int) lineEnd + 1;
                    lineEnd = parser.getCurrentLineNumber();
                    if (blank(record)) {
                        // Kept by the parser (so that line numbers stay those of the file), skipped here.
                        continue;
                    }
                    sink.accept(line(record, index, start));
                    count++;
                }
                return count;
            }
        } catch (CharacterCodingException e) {
            throw new DirectoryImportException("helpdesk.import.error.encoding", e, lineEnd + 1);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new DirectoryImportException("helpdesk.import.error.encoding", e, lineEnd + 1);
            }
            throw new DirectoryImportException("helpdesk.import.error.malformed", e, lineEnd + 1);
        } catch (IOException | IllegalStateException e) {
            throw new DirectoryImportException("helpdesk.import.error.malformed", e, lineEnd + 1);
        }
    }

    private static void skipByteOrderMark(Reader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
    }

    /** Where each needed column is; refuses the file naming every missing one. */
    private static int[] columns(List<String> header) {
        if (header.isEmpty()) {
            throw new DirectoryImportException("helpdesk.import.error.empty");
        }
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i) == null ? "" : header.get(i).strip().toLowerCase(Locale.ROOT);
            positions.putIfAbsent(name, i);
        }
        int[] index = new int[REQUIRED.size()];
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < REQUIRED.size(); i++) {
            Integer at = positions.get(REQUIRED.get(i).toLowerCase(Locale.ROOT));
            if (at == null) {
                missing.add(REQUIRED.get(i));
            } else {
                index[i] = at;
            }
        }
        if (missing.size() == 1) {
            throw new DirectoryImportException("helpdesk.import.error.missing-column", missing.getFirst());
        }
        if (!missing.isEmpty()) {
            throw new DirectoryImportException("helpdesk.import.error.missing-columns", String.join(", ", missing));
        }
        return index;
    }

    private static Line line(CSVRecord record, int[] index, int number) {
        String rawUai = cell(record, index[0]);
        String uai = Uai.normalise(rawUai);
        String name = cell(record, index[1]);
        String type = cell(record, index[2]);
        String town = cell(record, index[3]);
        String academie = cell(record, index[4]);
        String email = cell(record, index[5]);
        boolean vocational = YES.contains(cell(record, index[6]).toLowerCase(Locale.ROOT));
        Refusal refusal = uaiRefusal(uai);
        if (refusal == null) {
            refusal = name.isEmpty() ? Refusal.NAME_MISSING
                    : name.length() > Establishment.NAME_MAX ? Refusal.NAME_TOO_LONG
                    : email.isEmpty() ? Refusal.MAIL_MISSING
                    : !EmailAddresses.isValid(email) ? Refusal.MAIL_INVALID
                    : academie.isEmpty() ? Refusal.ACADEMIE_MISSING
                    : academie.length() > Establishment.ACADEMIE_MAX ? Refusal.ACADEMIE_TOO_LONG
                    : town.length() > TOWN_MAX ? Refusal.TOWN_TOO_LONG
                    : null;
        }
        return new Line(number, cut(uai, UAI_MAX), cut(name, Establishment.NAME_MAX), cut(type, TYPE_MAX), vocational,
                cut(town, TOWN_MAX), cut(academie, Establishment.ACADEMIE_MAX), cut(email, Establishment.EMAIL_MAX),
                refusal);
    }

    private static Refusal uaiRefusal(String uai) {
        if (uai.isEmpty()) {
            return Refusal.UAI_MISSING;
        }
        try {
            new Uai(uai);
            return null;
        } catch (InvalidUaiException e) {
            return e.reason() == InvalidUaiException.Reason.CHECK_LETTER ? Refusal.UAI_CHECK_LETTER : Refusal.UAI_FORMAT;
        }
    }

    private static boolean blank(CSVRecord record) {
        return record.size() == 1 && record.get(0).isBlank();
    }

    /** A short line (fewer cells than the header) has empty cells at its end. */
    private static String cell(CSVRecord record, int index) {
        if (index >= record.size()) {
            return "";
        }
        String value = record.get(index);
        return value == null ? "" : value.strip();
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
