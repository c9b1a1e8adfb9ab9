package attache.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH / TABARI actor dictionary ({@code Phoenix.*.actors.txt}; the format is in
 * {@code ../shared/data/petrarch2/docs/FORMATS.md}) so that users' existing dictionaries carry over.
 * <ul>
 *   <li>{@code NAME_ [CODE]} starts an entry; every bracket on the line is read (PETRARCH reads
 *       only the first), so {@code [USAGOV 010120-050120] [IGOUNOKID >050501]} keeps both.</li>
 *   <li>{@code +NAME} adds a synonym; an indented {@code [CODE d1-d2]}, {@code [CODE <d]},
 *       {@code [CODE >d]} or {@code [CODE]} adds a dated or default code. Ranges are inclusive,
 *       and so are {@code <d} and {@code >d}: the files give inauguration days as {@code >d}.</li>
 *   <li>Dates are YYYYMMDD or YYMMDD, where YY from 00 to 30 is 20YY, as in PETRARCH.</li>
 *   <li>An entry without codes takes those of the next entry that has some, as PETRARCH's
 *       reader does ({@code U.N._} above {@code UN_SECRETARY_GENERAL [IGOUNO]}).</li>
 *   <li>{@code #} starts a comment; lines starting {@code <!} are comments (the validation
 *       files use them); {@code ---STOP---} ends the file.</li>
 * </ul>
 * Like PETRARCH, which logs "line skipped" and goes on, the reader skips a line or code it cannot
 * read and reports it with its line number in {@link PetrarchActors#skipped()}; callers that
 * want all or nothing call {@link PetrarchActors#requireClean()}.
 */
public final class PetrarchActorReader {

    private static final Pattern BRACKET = Pattern.compile("\\[([^\\]\\[]*)]");
    private static final Pattern BODY = Pattern.compile("(\\S+)(?:\\s*([<>])\\s*(\\d+)|\\s+(\\d+)\\s*-\\s*(\\d+))?");

    private final RoleLexicon codebook;
    private final String sourceName;
    private final List<NamedActor> actors = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();
    private final List<Entry> pending = new ArrayList<>();
    private Entry current;

    private PetrarchActorReader(RoleLexicon codebook, String sourceName) {
        this.codebook = codebook;
        this.sourceName = sourceName;
    }

    /** Reads a dictionary, telling sectors from other code parts with the bundled role lexicon. */
    public static PetrarchActors read(Reader reader, String sourceName) throws IOException {
        return read(reader, sourceName, RoleLexicon.bundled());
    }

    /** Reads a dictionary, telling sectors and religions from other code parts with {@code codebook}. */
    public static PetrarchActors read(Reader reader, String sourceName, RoleLexicon codebook) throws IOException {
        PetrarchActorReader reading = new PetrarchActorReader(codebook, sourceName);
        BufferedReader in = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = in.readLine()) != null && !line.contains("---STOP---")) {
            reading.line(line, ++number);
        }
        reading.finish();
        for (Entry e : reading.pending) {
            reading.skip(e.line, "entry has no code", e.name);
        }
        return new PetrarchActors(reading.actors, reading.skipped);
    }

    private void line(String raw, int number) {
        int hash = raw.indexOf('#');
        String text = (hash >= 0 ? raw.substring(0, hash) : raw).stripTrailing();
        if (text.isBlank() || text.strip().startsWith("<!") || text.strip().endsWith("-->")) {
            return;
        }
        if (Character.isWhitespace(text.charAt(0))) {
            if (current == null) {
                skip(number, "code before any entry", text);
            } else if (!text.contains("[")) {
                skip(number, "indented line without a code", text);
            } else {
                codes(text, number, current.codes);
            }
            return;
        }
        String name = name(text.startsWith("+") ? text.substring(1) : text);
        if (name.isEmpty()) {
            skip(number, "no name", text);
        } else if (text.startsWith("+")) {
            if (current == null) {
                skip(number, "synonym before any entry", text);
            } else {
                current.aliases.add(name);
                codes(text, number, current.codes);
            }
        } else {
            finish();
            current = new Entry(name, number);
            codes(text, number, current.codes);
        }
    }

    /** Files the current entry, giving its codes to the uncoded entries waiting above it. */
    private void finish() {
        if (current == null) {
            return;
        }
        if (current.codes.isEmpty()) {
            pending.add(current);
        } else {
            for (Entry e : pending) {
                actors.add(new NamedActor(e.name, e.aliases, current.codes, sourceName + ":" + e.line));
            }
            pending.clear();
            actors.add(new NamedActor(current.name, current.aliases, current.codes, sourceName + ":" + current.line));
        }
        current = null;
    }

    private void codes(String text, int number, List<DatedCode> into) {
        Matcher m = BRACKET.matcher(text);
        StringBuilder rest = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(rest, "");
            try {
                into.add(code(m.group(1).strip()));
            } catch (IllegalArgumentException | DateTimeException e) {
                skip(number, e.getMessage(), m.group());
            }
        }
        m.appendTail(rest);
        if (rest.indexOf("[") >= 0 || rest.indexOf("]") >= 0) {
            skip(number, "unbalanced bracket", text.strip());
        }
    }

    private DatedCode code(String body) {
        Matcher m = BODY.matcher(body);
        if (!m.matches()) {
            throw new IllegalArgumentException("unreadable code or date");
        }
        CameoActorCode code = CameoActorCode.parse(m.group(1), codebook);
        if (m.group(2) != null) {
            LocalDate d = date(m.group(3));
            return m.group(2).equals("<") ? new DatedCode(code, null, d) : new DatedCode(code, d, null);
        }
        if (m.group(4) != null) {
            return new DatedCode(code, date(m.group(4)), date(m.group(5)));
        }
        return new DatedCode(code, null, null);
    }

    /** YYYYMMDD, or YYMMDD with 00–30 read as 20YY (PETRARCH's rule, from KEDS and TABARI). */
    static LocalDate date(String digits) {
        if (digits.length() == 8) {
            return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                    Integer.parseInt(digits.substring(6)));
        }
        if (digits.length() == 6) {
            int yy = Integer.parseInt(digits.substring(0, 2));
            return LocalDate.of(yy <= 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(digits.substring(2, 4)),
                    Integer.parseInt(digits.substring(4)));
        }
        throw new IllegalArgumentException("date '" + digits + "' is neither YYMMDD nor YYYYMMDD");
    }

    /** The phrase before any code, underscores (PETRARCH's word joins) read as spaces. */
    private static String name(String text) {
        int bracket = text.indexOf('[');
        String phrase = bracket >= 0 ? text.substring(0, bracket) : text;
        return phrase.replace('_', ' ').strip().replaceAll("\\s+", " ");
    }

    private void skip(int number, String reason, String text) {
        skipped.add(sourceName + ":" + number + ": " + reason + ": " + text.strip());
    }

    /** An entry being read. */
    private static final class Entry {
        final String name;
        final int line;
        final List<String> aliases = new ArrayList<>();
        final List<DatedCode> codes = new ArrayList<>();

        Entry(String name, int line) {
            this.name = name;
            this.line = line;
        }
    }
}
