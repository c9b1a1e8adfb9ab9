package attache.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The entry point of the export: events in, one file out, in the format asked for. Events are
 * written in the order given; the caller sorts them (by id, for reproducible files).
 */
public final class Exporter {

    private final FipsCodes fips;

    public Exporter(FipsCodes fips) {
        this.fips = fips;
    }

    /** An exporter with the bundled ISO-to-FIPS table. */
    public Exporter() {
        this(FipsCodes.bundled());
    }

    /** Writes the events to {@code out} (created or replaced; its parent folders created), UTF-8. */
    public void write(ExportFormat format, List<ExportEvent> events, Path out) throws IOException {
        EventWriter writer = writerFor(format);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            writer.write(events, w);
        }
    }

    /** Writes the events to a writer the caller owns (standard output, an HTTP response). */
    public void write(ExportFormat format, List<ExportEvent> events, Writer out) throws IOException {
        writerFor(format).write(events, out);
        out.flush();
    }

    private EventWriter writerFor(ExportFormat format) {
        return switch (format) {
            case GDELT -> new GdeltEventsWriter(fips);
            case GDELT_MENTIONS -> new GdeltMentionsWriter();
            case PLOVER -> new PloverWriter();
            case CSV -> new CsvWriter();
            case PARQUET -> throw new UnsupportedOperationException(
                    "Parquet is written by the store (DuckDB COPY), not by Exporter");
        };
    }
}
