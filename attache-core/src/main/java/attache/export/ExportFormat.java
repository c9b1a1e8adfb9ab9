package attache.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats {@code attache export --format} names. */
public enum ExportFormat {
    /** GDELT 2.0 Events, 61 tab-separated columns. */
    GDELT("gdelt"),
    /** GDELT 2.0 Mentions, 16 tab-separated columns. */
    GDELT_MENTIONS("gdelt-mentions"),
    /** PLOVER JSON lines. */
    PLOVER("plover"),
    /** A flat CSV with a header. */
    CSV("csv"),
    /**
     * Parquet: written by the store with DuckDB's {@code COPY … TO … (FORMAT PARQUET)}, not by
     * {@link Exporter}, which refuses it.
     */
    PARQUET("parquet");

    private final String cliName;

    ExportFormat(String cliName) {
        this.cliName = cliName;
    }

    /** The name on the command line: "gdelt-mentions". */
    public String cliName() {
        return cliName;
    }

    /** The format a command line names, if it is one. */
    public static Optional<ExportFormat> parse(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.cliName.equals(wanted)).findFirst();
    }
}
