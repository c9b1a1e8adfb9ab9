package attache.spark;

import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * The job's entry point for {@code spark-submit --class attache.spark.SparkMain}. The master, the
 * executors and their memory come from spark-submit; this reads the paths and what the pipeline
 * needs. Exit code 0 when every input gave an article, 1 when some were rejected (they are in the
 * {@code rejected} table), 2 on a usage error.
 */
@Command(name = "attache-spark", mixinStandardHelpOptions = true,
        description = "Analyse articles on Spark and write Parquet tables (documents, events, event_mentions, quotes,"
                + " rejected) and GDELT/PLOVER exports.")
public final class SparkMain implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Output folder (any Hadoop path); each table's folder in it is replaced.")
    String out;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Partitions the articles are analysed in (default: 4 per core of the application).")
    Integer partitions;

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date (YYYY-MM-DD) for inputs that give none.")
    LocalDate published;

    @Option(names = "--quotes", paramLabel = "all|direct", description = "Which quotes to report, as process --quotes.")
    String quotes = "all";

    @Option(names = "--max-file-bytes", paramLabel = "N",
            description = "Largest input file read; larger ones are rejected (default: ${DEFAULT-VALUE}).")
    long maxFileBytes = JobOptions.DEFAULT_MAX_FILE_BYTES;

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Hadoop paths or globs: files (.json, .jsonl, .txt, .html, .htm, optionally .gz) or folders.")
    List<String> inputs;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        PipelineHolder.QuoteMode mode = switch (quotes.toLowerCase(Locale.ROOT)) {
            case "all" -> PipelineHolder.QuoteMode.ALL;
            case "direct" -> PipelineHolder.QuoteMode.DIRECT;
            default -> throw new CommandLine.ParameterException(new CommandLine(this),
                    "--quotes must be all or direct, not '" + quotes + "'");
        };
        SparkSession spark = SparkSession.builder().appName("attache").getOrCreate();
        try {
            int n = partitions != null ? partitions : 4 * spark.sparkContext().defaultParallelism();
            JobReport report = new AttacheJob(spark, new JobOptions(inputs, out, n, published, mode, maxFileBytes)).run();
            for (attache.ingest.WarcSummary archive : report.archives()) {
                System.err.println("attache-spark: archive " + archive.describe());
            }
            System.err.printf(Locale.ROOT, "attache-spark: %d articles, %d events, %d rejected inputs, %d WARC records"
                    + " skipped in %.1f s (%.2f articles/s); tables in %s%n", report.articles(), report.events(),
                    report.rejected(), report.skippedRecords(), report.seconds(), report.articlesPerSecond(), out);
            return report.rejected() > 0 ? 1 : 0;
        } finally {
            spark.stop();
        }
    }
}
