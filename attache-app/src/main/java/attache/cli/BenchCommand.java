package attache.cli;

import attache.ingest.IngestResult;
import attache.model.Article;
import attache.nlp.CoreNlpEngine;
import attache.output.DocumentWriter;
import attache.pipeline.BatchReport;
import attache.pipeline.BatchRunner;
import attache.pipeline.Pipeline;
import attache.pipeline.StageTimes;
import attache.pipeline.StandardPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code attache bench}: throughput of the whole pipeline on a corpus, per thread count, with model
 * load time, peak memory and each stage's share of the time. Articles are analysed independently,
 * so cost grows linearly with the batch. Prints a Markdown report for BENCHMARKS.md.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure throughput, start-up and memory on a corpus (cycled to --articles).")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--threads", split = ",", paramLabel = "N[,N...]", description = "Thread counts to run (default: 1,2).")
    List<Integer> threadCounts = List.of(1, 2);

    @Option(names = "--articles", paramLabel = "N", description = "Articles per run; inputs are cycled to reach it (default: 500).")
    int articles = 500;

    @Option(names = "--warmup", paramLabel = "N", description = "Articles analysed before timing (default: 20).")
    int warmup = 20;

    @Mixin
    InputOptions input;

    @Mixin
    LexiconOptions lexiconOptions;

    private final Main.Models models;

    BenchCommand(Main.Models models) {
        this.models = models;
    }

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        List<Article> corpus = input.collect().stream().filter(IngestResult.Parsed.class::isInstance)
                .map(r -> ((IngestResult.Parsed) r).article()).toList();
        if (corpus.isEmpty()) {
            System.err.println("attache: error: no readable article among the inputs");
            return 1;
        }
        long loadStart = System.nanoTime();
        CoreNlpEngine engine = models.engine();
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        double startupSeconds = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1e3;
        StageTimes times = new StageTimes();
        Pipeline pipeline = times.instrument(StandardPipeline.stages(engine, lexiconOptions.lexicons(), lexiconOptions.quoteConfig()));
        new BatchRunner(pipeline, 1).run(cycle(corpus, warmup), doc -> { }, new BatchRunner.Listener() { });

        out.printf(Locale.ROOT, "%n%s, %d cores, Java %s, %s%n%n", BenchReport.machine(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), java.time.LocalDate.now());
        out.printf(Locale.ROOT, "Model load %.1f s; JVM start to loaded model %.1f s; corpus of %d distinct articles cycled to %d.%n%n",
                loadSeconds, startupSeconds, corpus.size(), articles);
        out.println("| threads | articles | tokens/article | wall s | articles/s | articles/s per thread | failed |");
        out.println("|---|---|---|---|---|---|---|");
        Map<String, Double> lastShares = null;
        for (int threads : threadCounts) {
            times.reset();
            lastShares = runOnce(out, pipeline, cycle(corpus, articles), threads, times);
        }
        out.printf(Locale.ROOT, "%nPeak memory: %s%n%nShare of analysis time by stage (last run):%n%n", BenchReport.peakMemory());
        out.println("| stage | share |");
        out.println("|---|---|");
        lastShares.forEach((stage, share) -> out.printf(Locale.ROOT, "| %s | %.1f %% |%n", stage, 100 * share));
        return 0;
    }

    private Map<String, Double> runOnce(PrintStream out, Pipeline pipeline, List<IngestResult> batch, int threads,
                                        StageTimes times) throws Exception {
        DocumentWriter writer = new DocumentWriter();
        AtomicLong tokens = new AtomicLong();
        long start = System.nanoTime();
        BatchReport report = new BatchRunner(pipeline, threads).run(batch, doc -> {
            writer.toJsonLine(doc);
            doc.sentences().forEach(s -> tokens.addAndGet(s.tokens().size()));
        }, new BatchRunner.Listener() { });
        double wall = (System.nanoTime() - start) / 1e9;
        double rate = report.analysed() / wall;
        out.printf(Locale.ROOT, "| %d | %d | %d | %.1f | %.2f | %.2f | %d |%n", threads, report.analysed(),
                tokens.get() / Math.max(1, report.analysed()), wall, rate, rate / threads, report.rejected().size());
        return BenchReport.shares(times.seconds());
    }

    /** The corpus repeated to n articles, each copy with its own id. */
    static List<IngestResult> cycle(List<Article> corpus, int n) {
        List<IngestResult> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Article a = corpus.get(i % corpus.size());
            out.add(new IngestResult.Parsed(new Article(a.id() + "#" + i, a.url(), a.published(), a.title(), a.text(),
                    a.origin(), a.layout())));
        }
        return out;
    }
}
