package attache.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The data rows of a tab-separated lexicon file: blank lines and lines starting with '#' are
 * comments; every other line must have exactly the expected number of columns. Each row keeps
 * "file:line" so that loaders can name the line of a bad value.
 */
final class TsvRows {

    /** One data row: its trimmed columns and where it came from. */
    record Row(List<String> columns, String source) {
        String get(int i) {
            return columns.get(i);
        }

        /** A '|'-separated column as a list; empty for an empty column. */
        List<String> list(int i) {
            String col = columns.get(i);
            if (col.isEmpty()) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (String part : col.split("\\|", -1)) {
                if (part.isBlank()) {
                    throw new IllegalArgumentException(source + ": empty item in column " + (i + 1));
                }
                out.add(part.strip());
            }
            return List.copyOf(out);
        }

        IllegalArgumentException error(String message) {
            return new IllegalArgumentException(source + ": " + message);
        }
    }

    private TsvRows() {
    }

    static List<Row> read(Reader reader, String name, int columns) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        List<Row> rows = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            String source = name + ":" + number;
            if (cols.length != columns) {
                throw new IllegalArgumentException(source + ": expected " + columns
                        + " tab-separated columns, found " + cols.length);
            }
            rows.add(new Row(Arrays.stream(cols).map(String::strip).toList(), source));
        }
        return rows;
    }

    /** Opens a bundled resource as UTF-8 and hands it to a parser. */
    static <T> T bundled(String resource, Parser<T> parser) {
        InputStream in = TsvRows.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parser.parse(reader, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A lexicon's parse method. */
    @FunctionalInterface
    interface Parser<T> {
        T parse(Reader reader, String name) throws IOException;
    }
}
