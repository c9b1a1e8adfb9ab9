package attache.pipeline;

import attache.ingest.IngestResult;
import attache.ingest.InputException;
import attache.model.AnalyzedArticle;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a pipeline over a batch on N worker threads that share it, and hands the results to a sink in
 * input order, whatever order the workers finish in: the output is the same for any thread count. A
 * failing article becomes a rejection and the batch goes on. At most a few articles per thread are
 * in flight, so memory stays bounded however long the batch.
 */
public final class BatchRunner {

    /** Receives each analysed article, in input order, on the calling thread. */
    @FunctionalInterface
    public interface Sink {
        void accept(AnalyzedArticle doc) throws Exception;
    }

    /** Told of each rejection as it happens, and after each input is done. */
    public interface Listener {
        default void rejected(IngestResult.Rejected rejection) {
        }

        default void progress(int done, int total) {
        }
    }

    private static final int IN_FLIGHT_PER_THREAD = 4;

    private final Pipeline pipeline;
    private final int threads;

    public BatchRunner(Pipeline pipeline, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.pipeline = pipeline;
        this.threads = threads;
    }

    public BatchReport run(List<IngestResult> inputs, Sink sink, Listener listener) throws Exception {
        long start = System.nanoTime();
        List<IngestResult.Rejected> rejected = new ArrayList<>();
        int analysed = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            Deque<Future<Outcome>> window = new ArrayDeque<>();
            int next = 0;
            int done = 0;
            while (done < inputs.size()) {
                while (next < inputs.size() && window.size() < threads * IN_FLIGHT_PER_THREAD) {
                    IngestResult input = inputs.get(next++);
                    window.add(pool.submit(() -> analyse(input)));
                }
                Outcome outcome = window.removeFirst().get();
                if (outcome.doc() != null) {
                    sink.accept(outcome.doc());
                    analysed++;
                } else {
                    rejected.add(outcome.rejection());
                    listener.rejected(outcome.rejection());
                }
                listener.progress(++done, inputs.size());
            }
        } finally {
            pool.shutdownNow();
        }
        return new BatchReport(analysed, rejected, Duration.ofNanos(System.nanoTime() - start));
    }

    private Outcome analyse(IngestResult input) {
        if (input instanceof IngestResult.Rejected r) {
            return new Outcome(null, r);
        }
        IngestResult.Parsed parsed = (IngestResult.Parsed) input;
        try {
            return new Outcome(pipeline.apply(parsed.article()), null);
        } catch (InputException e) {
            return new Outcome(null, IngestResult.Rejected.of(e));
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(null, new IngestResult.Rejected(parsed.origin(),
                    "analysis failed: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        return runnable -> {
            Thread t = new Thread(runnable, "attache-worker");
            t.setDaemon(true);
            return t;
        };
    }

    private record Outcome(AnalyzedArticle doc, IngestResult.Rejected rejection) {
    }
}
