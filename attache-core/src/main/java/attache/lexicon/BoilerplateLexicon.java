package attache.lexicon;

import attache.model.BoilerplateKind;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The phrases and patterns that tell boilerplate from body text, read from a tab-separated file
 * ({@code lexicons/boilerplate-phrases.tsv}, whose header documents the format). Immutable once
 * loaded; a malformed row fails the load with its line number, so a typo never silently disables
 * a rule.
 */
public final class BoilerplateLexicon {

    /** The bundled resource. */
    public static final String RESOURCE = "/lexicons/boilerplate-phrases.tsv";

    private static final Pattern MACRO = Pattern.compile("\\{([a-z_]+)}");

    /** Which detector reads a row (the file's first column). */
    public enum Use {
        LINE, INLINE, CAPTION_OPENING, CAPTION_VERB, CAPTION_CUE, CAPTION_VETO, AGENCY, DATELINE_KICKER, DEFINE;

        static Use parse(String column) {
            return valueOf(column.toUpperCase(Locale.ROOT));
        }

        /** Whether rows of this use produce spans and so must name a kind. */
        boolean hasKind() {
            return this == LINE || this == INLINE;
        }
    }

    /**
     * One compiled row.
     *
     * @param use     who reads it
     * @param kind    the kind of span it marks, for line and inline rows
     * @param pattern the compiled pattern, macros expanded
     * @param source  file and line it came from, for messages and tests
     */
    public record Rule(Use use, Optional<BoilerplateKind> kind, Pattern pattern, String source) {
        public Rule {
            Objects.requireNonNull(use, "use");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(source, "source");
        }
    }

    private record Row(Use use, String kind, boolean ignoreCase, String pattern, String source) {
    }

    private final Map<Use, List<Rule>> rules;

    private BoilerplateLexicon(Map<Use, List<Rule>> rules) {
        this.rules = rules;
    }

    /** The lexicon shipped with Attaché. */
    public static BoilerplateLexicon bundled() {
        InputStream in = BoilerplateLexicon.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(reader, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a lexicon in the documented format.
     *
     * @throws IllegalArgumentException on a malformed row, naming {@code name} and the line
     */
    public static BoilerplateLexicon parse(Reader reader, String name) throws IOException {
        List<Row> rows = readRows(new BufferedReader(reader), name);
        Map<String, String> macros = macros(rows);
        Map<Use, List<Rule>> compiled = new EnumMap<>(Use.class);
        for (Use use : Use.values()) {
            compiled.put(use, new ArrayList<>());
        }
        for (Row row : rows) {
            if (row.use() != Use.DEFINE) {
                compiled.get(row.use()).add(compile(row, macros));
            }
        }
        compiled.replaceAll((use, list) -> List.copyOf(list));
        return new BoilerplateLexicon(compiled);
    }

    /** The rows of one use, in file order. */
    public List<Rule> rules(Use use) {
        return rules.get(use);
    }

    /** All rows of one use as a single pattern, for "does any of these occur" questions. */
    public Pattern anyOf(Use use) {
        List<Rule> list = rules(use);
        StringBuilder joined = new StringBuilder();
        for (Rule rule : list) {
            joined.append(joined.isEmpty() ? "" : "|").append(withFlags(rule.pattern()));
        }
        return Pattern.compile(joined.isEmpty() ? "(?!)" : joined.toString());
    }

    private static List<Row> readRows(BufferedReader in, String name) throws IOException {
        List<Row> rows = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            rows.add(row(line, name + ":" + number));
        }
        return rows;
    }

    private static Row row(String line, String source) {
        String[] cols = line.split("\t", -1);
        if (cols.length != 4) {
            throw new IllegalArgumentException(source + ": expected 4 tab-separated columns, found " + cols.length);
        }
        Use use;
        try {
            use = Use.parse(cols[0]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": unknown use '" + cols[0] + "'", e);
        }
        if (!cols[2].equals("i") && !cols[2].equals("-")) {
            throw new IllegalArgumentException(source + ": flags must be 'i' or '-', not '" + cols[2] + "'");
        }
        if (cols[3].isEmpty()) {
            throw new IllegalArgumentException(source + ": empty pattern");
        }
        return new Row(use, cols[1], cols[2].equals("i"), cols[3], source);
    }

    /**
     * Macro bodies by name: each define, and each use's rows joined, every part carrying its own
     * flags so that a case-sensitive agency list stays so inside a case-insensitive rule.
     */
    private static Map<String, String> macros(List<Row> rows) {
        Map<String, String> raw = new LinkedHashMap<>();
        for (Row row : rows) {
            String name = row.use() == Use.DEFINE ? row.kind() : row.use().name().toLowerCase(Locale.ROOT);
            String part = (row.ignoreCase() ? "(?iu:" : "(?-iu:") + row.pattern() + ")";
            raw.merge(name, part, (a, b) -> a + "|" + b);
        }
        Map<String, String> expanded = new LinkedHashMap<>();
        for (String name : raw.keySet()) {
            expanded.put(name, expand(raw.get(name), raw, name, 0));
        }
        return expanded;
    }

    private static String expand(String pattern, Map<String, String> macros, String where, int depth) {
        if (depth > 8) {
            throw new IllegalArgumentException("macros nest too deep (a cycle?) in " + where);
        }
        Matcher m = MACRO.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String body = macros.get(m.group(1));
            if (body == null) {
                throw new IllegalArgumentException(where + ": unknown macro {" + m.group(1) + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement("(?:" + expand(body, macros, where, depth + 1) + ")"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Rule compile(Row row, Map<String, String> macros) {
        Optional<BoilerplateKind> kind = kind(row);
        try {
            String regex = expand(row.pattern(), macros, row.source(), 0);
            int flags = row.ignoreCase() ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
            return new Rule(row.use(), kind, Pattern.compile(regex, flags), row.source());
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(row.source() + ": bad pattern: " + e.getDescription(), e);
        }
    }

    private static Optional<BoilerplateKind> kind(Row row) {
        if (!row.use().hasKind()) {
            if (!row.kind().equals("-")) {
                throw new IllegalArgumentException(row.source() + ": " + row.use() + " rows take kind '-'");
            }
            return Optional.empty();
        }
        try {
            return Optional.of(BoilerplateKind.valueOf(row.kind().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(row.source() + ": unknown kind '" + row.kind() + "'", e);
        }
    }

    private static String withFlags(Pattern p) {
        boolean ignoreCase = (p.flags() & Pattern.CASE_INSENSITIVE) != 0;
        return (ignoreCase ? "(?iu:" : "(?-iu:") + p.pattern() + ")";
    }
}
