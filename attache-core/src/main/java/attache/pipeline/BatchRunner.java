package attache.pipeline;

import attache.ingest.IngestResult;
import attache.ingest.InputException;
import attache.model.AnalyzedArticle;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Runs a pipeline over a batch on N worker threads that share it, and hands the results to a sink in
 * input order, whatever order the workers finish in: the output is the same for any thread count. A
 * failing article becomes a rejection and the batch goes on. Inputs are taken from an iterator as
 * workers free up and at most a few articles per thread are in flight, so memory stays bounded however
 * long the batch. The pipeline (and with it the language models) is built when the first article
 * arrives: a batch of refused inputs loads nothing.
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

        /** @param total the batch's size, or -1 while it is not known (inputs still being read) */
        default void progress(int done, int total) {
        }

        /** After the last input: {@code done} inputs in all. */
        default void finished(int done) {
        }
    }

    private static final int IN_FLIGHT_PER_THREAD = 4;

    private final Supplier<Pipeline> pipelineFactory;
    private final int threads;
    private Pipeline pipeline;

    public BatchRunner(Pipeline pipeline, int threads) {
        this(() -> pipeline, threads);
    }

    /** @param pipelineFactory builds the pipeline, once, when the first article needs it */
    public BatchRunner(Supplier<Pipeline> pipelineFactory, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.pipelineFactory = pipelineFactory;
        this.threads = threads;
    }

    public BatchReport run(List<IngestResult> inputs, Sink sink, Listener listener) throws Exception {
        return run(inputs.iterator(), inputs.size(), sink, listener);
    }

    /** Runs over inputs read as the batch goes (the batch's size is not known in advance). */
    public BatchReport run(Iterator<IngestResult> inputs, Sink sink, Listener listener) throws Exception {
        return run(inputs, -1, sink, listener);
    }

    private BatchReport run(Iterator<IngestResult> inputs, int total, Sink sink, Listener listener) throws Exception {
        long start = System.nanoTime();
        List<IngestResult.Rejected> rejected = new ArrayList<>();
        int analysed = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            Deque<Future<Outcome>> window = new ArrayDeque<>();
            int done = 0;
            while (true) {
                while (window.size() < threads * IN_FLIGHT_PER_THREAD && inputs.hasNext()) {
                    IngestResult input = inputs.next();
                    if (input instanceof IngestResult.Parsed) {
                        // built here, on the calling thread, before any worker needs it
                        pipeline();
                    }
                    window.add(pool.submit(() -> analyse(input)));
                }
                if (window.isEmpty()) {
                    break;
                }
                Outcome outcome = window.removeFirst().get();
                if (outcome.doc() != null) {
                    sink.accept(outcome.doc());
                    analysed++;
                } else {
                    rejected.add(outcome.rejection());
                    listener.rejected(outcome.rejection());
                }
                listener.progress(++done, total);
            }
            listener.finished(done);
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
            return new Outcome(pipeline().apply(parsed.article()), null);
        } catch (InputException e) {
            return new Outcome(null, IngestResult.Rejected.of(e));
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(null, new IngestResult.Rejected(parsed.origin(),
                    "analysis failed: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    /** The pipeline, built on first use; first called on the calling thread, so workers only read it. */
    private synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = pipelineFactory.get();
        }
        return pipeline;
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
