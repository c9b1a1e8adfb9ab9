package attache.cli;

import attache.export.ExportEvent;
import attache.export.ExportFormat;
import attache.export.Exporter;
import attache.store.ArticleStore;
import attache.store.MergedExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code attache export}: the store's merged events, one row each, in a file of the format asked for. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export merged events: gdelt (61 columns), gdelt-mentions (16), plover (JSON lines), csv,"
                + " parquet. Written in merged-id order, so the same store gives the same file.")
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "DIR", description = "The store's folder (default: ${DEFAULT-VALUE}).")
    Path db = Path.of("attache-data");

    @Option(names = "--format", required = true, paramLabel = "gdelt|gdelt-mentions|plover|csv|parquet")
    String format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "The file to write (replaced).")
    Path out;

    @Option(names = "--from", paramLabel = "DATE", description = "Events dated on or after (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Events dated on or before (YYYY-MM-DD).")
    LocalDate to;

    @Option(names = "--actor", paramLabel = "CODE", description = "Either party's CAMEO code prefix.")
    String actor;

    @Override
    public Integer call() throws Exception {
        ExportFormat f = ExportFormat.parse(format)
                .orElseThrow(() -> new IllegalArgumentException("no export format '" + format + "'"));
        MergedExport.Filter filter = new MergedExport.Filter(from, to, actor);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (ArticleStore store = ArticleStore.openReadOnly(db)) {
            MergedExport export = new MergedExport(store);
            if (f == ExportFormat.PARQUET) {
                Files.deleteIfExists(out);
                export.parquet(filter, out);
            } else {
                List<ExportEvent> events = export.events(filter);
                new Exporter().write(f, events, out);
                System.err.printf(Locale.ROOT, "attache: %d merged events written to %s%n", events.size(), out);
            }
        }
        return 0;
    }
}
