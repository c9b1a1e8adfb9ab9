package attache.cli;

import attache.ingest.IngestResult;
import attache.pipeline.BatchReport;
import attache.pipeline.BatchRunner;
import attache.pipeline.Pipeline;
import attache.store.KnowledgeBase;
import attache.store.StoreResult;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The ingest path that {@code ingest} and {@code watch} share: articles already stored with the same
 * content are skipped (unless asked to analyse them again), the rest analysed on worker threads and stored one transaction each, in input
 * order, from the calling thread; each rejection goes to standard error and the ingest log. The
 * pipeline (and with it CoreNLP) is built on the first article that needs it, so a batch of unchanged
 * articles, or a feed with nothing new, loads nothing. Merging events is left to the caller.
 */
final class StoreIngest {

    /**
     * What one batch did.
     *
     * @param report     the analysis: articles analysed, inputs rejected
     * @param tally      articles by what storing them did (unchanged ones were not analysed)
     * @param rejections the reason of each rejected input, by its origin
     */
    record Outcome(BatchReport report, Map<StoreResult, Integer> tally, Map<String, String> rejections) {

        int count(StoreResult result) {
            return tally.getOrDefault(result, 0);
        }
    }

    private final KnowledgeBase store;
    private final Supplier<Pipeline> pipelineFactory;
    private final int threads;
    private final PrintStream err;
    private final boolean verbose;
    private final boolean reanalyse;
    private Pipeline pipeline;

    /** @param reanalyse analyse articles stored with the same content too; the store keeps those whose output is unchanged */
    StoreIngest(KnowledgeBase store, Supplier<Pipeline> pipelineFactory, int threads, PrintStream err, boolean verbose,
            boolean reanalyse) {
        this.store = store;
        this.pipelineFactory = pipelineFactory;
        this.threads = threads;
        this.err = err;
        this.verbose = verbose;
        this.reanalyse = reanalyse;
    }

    Outcome run(List<IngestResult> inputs) throws Exception {
        return run(inputs.iterator());
    }

    /** Runs over inputs read as the batch goes; an unchanged article is counted, not analysed. */
    Outcome run(Iterator<IngestResult> inputs) throws Exception {
        Map<StoreResult, Integer> tally = new EnumMap<>(StoreResult.class);
        Map<String, String> rejections = new LinkedHashMap<>();
        Iterator<IngestResult> todo = new Filtered(inputs,
                r -> !reanalyse && r instanceof IngestResult.Parsed p && store.isComplete(p.article()),
                r -> tally.merge(StoreResult.UNCHANGED, 1, Integer::sum));
        StoringListener listener = new StoringListener(store, new ConsoleListener(err), rejections);
        BatchRunner runner = new BatchRunner(this::pipeline, threads);
        BatchReport report = runner.run(todo, doc -> {
            StoreResult result = store.store(doc);
            tally.merge(result, 1, Integer::sum);
            if (verbose) {
                err.println("attache: stored " + doc.article().id() + " (" + result.name().toLowerCase(Locale.ROOT)
                        + ")");
            }
        }, listener);
        return new Outcome(report, tally, rejections);
    }

    /** Pipelines are built once per ingest, on the first article that needs analysis (kept for watch's polls). */
    private Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = pipelineFactory.get();
        }
        return pipeline;
    }

    /** The inputs that pass, read one ahead; each one left out is handed to {@code skipped}. */
    private static final class Filtered implements Iterator<IngestResult> {
        private final Iterator<IngestResult> inputs;
        private final Predicate<IngestResult> leaveOut;
        private final Consumer<IngestResult> skipped;
        private IngestResult next;

        Filtered(Iterator<IngestResult> inputs, Predicate<IngestResult> leaveOut, Consumer<IngestResult> skipped) {
            this.inputs = inputs;
            this.leaveOut = leaveOut;
            this.skipped = skipped;
        }

        @Override
        public boolean hasNext() {
            while (next == null && inputs.hasNext()) {
                IngestResult candidate = inputs.next();
                if (leaveOut.test(candidate)) {
                    skipped.accept(candidate);
                } else {
                    next = candidate;
                }
            }
            return next != null;
        }

        @Override
        public IngestResult next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            IngestResult result = next;
            next = null;
            return result;
        }
    }

    /** Logs each rejection to the store (on the calling thread, like the sink) and to the console. */
    private record StoringListener(KnowledgeBase store, ConsoleListener console, Map<String, String> rejections)
            implements BatchRunner.Listener {
        @Override
        public void rejected(IngestResult.Rejected rejection) {
            store.logRejected(rejection.origin(), rejection.reason());
            rejections.put(rejection.origin(), rejection.reason());
            console.rejected(rejection);
        }

        @Override
        public void progress(int done, int total) {
            console.progress(done, total);
        }
    }
}
