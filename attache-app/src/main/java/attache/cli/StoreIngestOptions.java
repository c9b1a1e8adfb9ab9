package attache.cli;

import attache.pipeline.StandardPipeline;
import attache.store.KnowledgeBase;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The options of the commands that analyse articles into the store ({@code ingest}, {@code watch}): the
 * store's folder, the worker threads, the lexicons, whether to analyse stored articles again, and whether
 * to log each article stored; and the
 * {@link StoreIngest} they set up.
 */
final class StoreIngestOptions {

    @Option(names = "--db", paramLabel = "DIR", description = "The store's folder (default: ${DEFAULT-VALUE}).")
    Path db = Path.of("attache-data");

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads sharing one loaded model (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-v", "--verbose"}, description = "One line on standard error per article stored.")
    boolean verbose;

    @Option(names = "--reanalyse", description = "Analyse articles already stored with the same content again "
            + "(after an upgrade or a lexicon change); an article whose output changed is replaced, the others "
            + "are left unchanged.")
    boolean reanalyse;

    @Mixin
    LexiconOptions lexiconOptions;

    /** The ingest path into {@code store}; the pipeline is built from {@code models} only when needed. */
    StoreIngest ingest(KnowledgeBase store, Main.Models models, PrintStream err) {
        return new StoreIngest(store, () -> StandardPipeline.build(models.engine(), lexiconOptions.lexicons(),
                lexiconOptions.quoteConfig()), threads, err, verbose, reanalyse);
    }
}
