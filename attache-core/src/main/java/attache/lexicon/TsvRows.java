package attache.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one of our tab-separated data files: blank lines and {@code #} lines skipped,
 * each row checked for its column count and tagged with "file:line" for error messages.
 */
final class TsvRows {

    /** One data row: its columns and where it came from. */
    record Row(List<String> columns, String source) {

        String get(int i) {
            return columns.get(i);
        }

        /** An error about this row, its message led by the file and line. */
        IllegalArgumentException error(String message) {
            return new IllegalArgumentException(source + ": " + message);
        }
    }

    /** Parses one resource of the classpath with {@code parser}. */
    interface Parser<T> {
        T parse(Reader reader, String name) throws IOException;
    }

    private TsvRows() {
    }

    /** Reads the rows, all of which must have {@code columns} columns. */
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
            String source = name + ":" + number;
            String[] cols = line.split("\t", -1);
            if (cols.length != columns) {
                throw new IllegalArgumentException(source + ": expected " + columns
                        + " tab-separated columns, found " + cols.length);
            }
            List<String> trimmed = new ArrayList<>(cols.length);
            for (String col : cols) {
                trimmed.add(col.strip());
            }
            rows.add(new Row(List.copyOf(trimmed), source));
        }
        return rows;
    }

    /** Loads a bundled resource with {@code parser}, failing loudly when it is missing. */
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
}
