package attache.cli;

import attache.store.KnowledgeBase;
import attache.store.ParquetLoader;
import attache.store.StoreResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code attache load-parquet}: the Spark job's output into the store, as if {@code ingest} had
 * analysed the articles (no model is loaded); the merged events are rebuilt at the end.
 */
@Command(name = "load-parquet", mixinStandardHelpOptions = true,
        description = "Store the articles of the Spark job's output folder (its documents and rejected tables)"
                + " and rebuild the merged events; articles already stored unchanged are skipped.")
final class LoadParquetCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "The Spark job's --out folder (local).")
    Path output;

    @Option(names = "--db", paramLabel = "DIR", description = "The store's folder (default: ${DEFAULT-VALUE}).")
    Path db = Path.of("attache-data");

    @Option(names = {"-v", "--verbose"}, description = "One line on standard error per article stored.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintStream err = System.err;
        ParquetLoader.Report report;
        try (KnowledgeBase store = KnowledgeBase.open(db)) {
            report = new ParquetLoader().load(output, store, line -> {
                if (verbose) {
                    err.println("attache: stored " + line);
                }
            });
        }
        err.printf(Locale.ROOT, "attache: store %s: %d inserted, %d replaced, %d unchanged; %d rejected inputs logged%n",
                db, report.count(StoreResult.INSERTED), report.count(StoreResult.REPLACED),
                report.count(StoreResult.UNCHANGED), report.rejected());
        err.printf(Locale.ROOT, "attache: %d merged events%n", report.merged());
        return 0;
    }
}
