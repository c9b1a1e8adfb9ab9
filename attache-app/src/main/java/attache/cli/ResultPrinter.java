package attache.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Prints query results as a table, JSON lines or CSV. JSON and CSV carry every column; a table, meant
 * for a person, only the brief ones, with long values cut.
 */
final class ResultPrinter<T> {

    /** One output column: its name, how to read it from a row, and whether a table shows it. */
    record Column<T>(String name, Function<T, Object> value, boolean brief) {
        static <T> Column<T> brief(String name, Function<T, Object> value) {
            return new Column<>(name, value, true);
        }

        static <T> Column<T> full(String name, Function<T, Object> value) {
            return new Column<>(name, value, false);
        }
    }

    private static final int WIDEST = 60;

    private final List<Column<T>> columns;
    private final ObjectMapper mapper = new ObjectMapper();

    ResultPrinter(List<Column<T>> columns) {
        this.columns = List.copyOf(columns);
    }

    void print(List<T> rows, QueryOptions.Format format, PrintStream out) {
        switch (format) {
            case table -> table(rows, out);
            case json -> rows.forEach(r -> out.println(json(r)));
            case csv -> csv(rows, out);
        }
        out.flush();
    }

    private String json(T row) {
        ObjectNode node = mapper.createObjectNode();
        for (Column<T> c : columns) {
            Object v = c.value().apply(row);
            if (v == null) {
                node.putNull(c.name());
            } else if (v instanceof Number || v instanceof Boolean || v instanceof Collection<?>) {
                node.set(c.name(), mapper.valueToTree(v));
            } else {
                node.put(c.name(), v.toString());
            }
        }
        return node.toString();
    }

    private void csv(List<T> rows, PrintStream out) {
        out.println(String.join(",", columns.stream().map(c -> csvField(c.name())).toList()));
        for (T row : rows) {
            out.println(String.join(",", columns.stream().map(c -> csvField(text(c.value().apply(row)))).toList()));
        }
    }

    private static String csvField(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    private void table(List<T> rows, PrintStream out) {
        List<Column<T>> shown = columns.stream().filter(Column::brief).toList();
        List<List<String>> cells = new ArrayList<>();
        cells.add(shown.stream().map(Column::name).toList());
        for (T row : rows) {
            cells.add(shown.stream().map(c -> cut(text(c.value().apply(row)))).toList());
        }
        int[] widths = new int[shown.size()];
        for (List<String> line : cells) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        for (int r = 0; r < cells.size(); r++) {
            out.println(line(cells.get(r), widths));
            if (r == 0) {
                out.println(line(java.util.Arrays.stream(widths).mapToObj("-"::repeat).toList(), widths));
            }
        }
        out.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            sb.append(i == 0 ? "" : "  ").append(cells.get(i)).append(" ".repeat(widths[i] - cells.get(i).length()));
        }
        return sb.toString().stripTrailing();
    }

    private static String cut(String s) {
        String flat = s.replaceAll("\\s+", " ");
        return flat.length() <= WIDEST ? flat : flat.substring(0, WIDEST - 1) + "…";
    }

    private static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Collection<?> c) {
            return String.join(" ", c.stream().map(String::valueOf).toList());
        }
        return v.toString();
    }
}
