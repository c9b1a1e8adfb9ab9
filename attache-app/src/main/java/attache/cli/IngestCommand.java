package attache.cli;

import attache.ingest.InputCollector;
import attache.store.KnowledgeBase;
import attache.store.StoreResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code attache ingest}: articles in, analysed and stored. Articles already stored (and indexed) with
 * the same content are not analysed again unless {@code --reanalyse} asks (then an article whose output
 * document changed is replaced, the rest left unchanged); each article is stored with its story in its own
 * transaction, in input order, from this thread, so a killed run leaves whole articles and re-running
 * it completes the rest. The search index follows each article; merged events are rebuilt at the end.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Analyse articles and store them, one transaction per article; unchanged articles are skipped.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was stored", "1:some inputs failed (listed at the end and in the ingest log)",
                "2:usage error"})
final class IngestCommand implements Callable<Integer> {

    @Mixin
    StoreIngestOptions storeOptions;

    @Mixin
    InputOptions input;

    private final Main.Models models;

    IngestCommand(Main.Models models) {
        this.models = models;
    }

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        StoreIngest.Outcome outcome;
        int merged;
        try (KnowledgeBase store = KnowledgeBase.open(storeOptions.db); InputCollector.Inputs inputs = input.open()) {
            StoreIngest ingest = storeOptions.ingest(store, models, err);
            outcome = ingest.run(inputs);
            // merging looks at every stored event at once, so it runs once, after the batch
            merged = store.mergeEvents();
        }
        ConsoleListener.printArchives(err, input.archives());
        ConsoleListener.printSummary(err, outcome.report());
        err.printf(Locale.ROOT, "attache: store %s: %d inserted, %d replaced, %d unchanged%n", storeOptions.db,
                outcome.count(StoreResult.INSERTED), outcome.count(StoreResult.REPLACED),
                outcome.count(StoreResult.UNCHANGED));
        err.printf(Locale.ROOT, "attache: %d merged events%n", merged);
        return outcome.report().hasFailures() ? 1 : 0;
    }
}
