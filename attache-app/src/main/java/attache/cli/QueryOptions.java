package attache.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The options every query command shares: which store, and how to print what it finds. */
final class QueryOptions {

    /** How query results are printed. */
    enum Format { table, json, csv }

    @Option(names = "--db", paramLabel = "DIR", description = "The store's folder (default: ${DEFAULT-VALUE}).")
    Path db = Path.of("attache-data");

    @Option(names = "--format", paramLabel = "table|json|csv",
            description = "table: aligned columns; json: one object per line; csv: a header then rows."
                    + " Default: table on a terminal, json otherwise.")
    Format format;

    /** The format asked for; without one, a table for a person at a terminal and JSON lines for a program. */
    Format format() {
        if (format != null) {
            return format;
        }
        return System.console() != null ? Format.table : Format.json;
    }
}
