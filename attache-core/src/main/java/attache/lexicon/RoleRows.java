package attache.lexicon;

import attache.actors.Role;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the rows of a roles file (format in the header of {@code roles.tsv}) into a builder. */
final class RoleRows {

    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
    private static final Pattern PHRASE = Pattern.compile("[\\p{Ll}\\d'’.-]+( [\\p{Ll}\\d'’.-]+)*");

    private RoleRows() {
    }

    static void read(Reader reader, String sourceName, RoleLexicon.Builder builder) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String source = sourceName + ":" + number;
            try {
                row(line.split("\t", -1), source, builder);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
            }
        }
    }

    private static void row(String[] cols, String source, RoleLexicon.Builder builder) {
        switch (cols[0]) {
            case "role" -> {
                columns(cols, 4);
                Role role = new Role(phrase(cols[1]), code(cols[2]), optionalCode(cols[3]));
                if (!builder.addRole(role, source)) {
                    throw new IllegalArgumentException("role '" + cols[1] + "' is already defined");
                }
            }
            case "modifier" -> {
                columns(cols, 5);
                String secondary = cols[3].equals("=") ? "=" : optionalCode(cols[3]);
                builder.addModifier(new RoleLexicon.Modifier(List.of(phrase(cols[1]).split(" ")), code(cols[2]),
                        secondary, over(cols[4]), source));
            }
            case "plural" -> {
                columns(cols, 3);
                phrase(cols[1].replaceFirst("^\\*", ""));
                phrase(cols[2].replaceFirst("^\\*", ""));
                builder.addPlural(cols[1], cols[2]);
            }
            case "sector" -> {
                columns(cols, 3);
                builder.addSector(code(cols[1]), cols[2]);
            }
            case "religion" -> {
                columns(cols, 3);
                builder.addReligion(code(cols[1]), cols[2]);
            }
            default -> throw new IllegalArgumentException("unknown row kind '" + cols[0] + "'");
        }
    }

    private static void columns(String[] cols, int expected) {
        if (cols.length != expected) {
            throw new IllegalArgumentException(cols[0] + " rows have " + expected + " tab-separated columns, found "
                    + cols.length);
        }
    }

    private static String phrase(String column) {
        if (!PHRASE.matcher(column).matches()) {
            throw new IllegalArgumentException("'" + column + "' is no lower-case phrase of single-spaced words");
        }
        return column;
    }

    private static String code(String column) {
        if (!CODE.matcher(column).matches()) {
            throw new IllegalArgumentException("'" + column + "' is no three-letter upper-case code");
        }
        return column;
    }

    private static String optionalCode(String column) {
        return column.equals("-") ? null : code(column);
    }

    private static Set<String> over(String column) {
        if (column.equals("*")) {
            return Set.of();
        }
        List<String> codes = new ArrayList<>();
        for (String c : Arrays.asList(column.split(","))) {
            codes.add(code(c.trim()));
        }
        return Set.copyOf(codes);
    }
}
