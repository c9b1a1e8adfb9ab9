package attache.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The scaling benchmark: the job on one corpus in {@code local[C]} with P partitions, for each
 * {@code C x P} of {@code -Dspark.bench.configs} (default 1x1,1x2,2x1,2x2,2x4), after an untimed run
 * that loads CoreNLP and warms the JIT. Prints a Markdown table of articles per second, wall and
 * per core, and of the JVM's CPU seconds per article (the cost figure that survives a shared
 * machine), and writes it
 * to {@code target/spark-bench.md}. Measures, never asserts; runs only with {@code -Dspark.bench=true}:
 *
 * <pre>
 * mvn -B -o verify -pl attache-spark -am -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dit.test=SparkScalingIT -Dspark.bench=true -Dspark.bench.input=/path/to/polnear-test.jsonl
 * </pre>
 *
 * Without {@code -Dspark.bench.input}, the bundled samples are copied {@code -Dspark.bench.copies}
 * times (default 25) with distinct ids.
 */
@EnabledIfSystemProperty(named = "spark.bench", matches = "true")
class SparkScalingIT {

    @TempDir
    Path work;

    @Test
    void throughputByCoresAndPartitions() throws Exception {
        List<String> input = List.of(System.getProperty("spark.bench.input", copiesOfSamples().toString()));
        LocalDate fallback = LocalDate.parse(System.getProperty("spark.bench.published", "2020-01-01"));
        String[] configs = System.getProperty("spark.bench.configs", "1x1,1x2,2x1,2x2,2x4").split(",");

        List<String> rows = new ArrayList<>();
        rows.add("| master | partitions | articles | events | rejected | wall s | articles/s | articles/s per core"
                + " | CPU s per article | load average |");
        rows.add("|---|---|---|---|---|---|---|---|---|---|");
        run(2, 2, List.of(samples().toString()), fallback, "warm-up");
        for (String config : configs) {
            String[] cp = config.trim().split("x");
            int cores = Integer.parseInt(cp[0]);
            int partitions = Integer.parseInt(cp[1]);
            double load = os().getSystemLoadAverage();
            long cpuBefore = os().getProcessCpuTime();
            JobReport r = run(cores, partitions, input, fallback, config);
            double cpu = (os().getProcessCpuTime() - cpuBefore) / 1e9;
            load = (load + os().getSystemLoadAverage()) / 2;
            rows.add(String.format(Locale.ROOT, "| local[%d] | %d | %d | %d | %d | %.1f | %.2f | %.2f | %.2f | %.1f |",
                    cores, partitions, r.articles(), r.events(), r.rejected(), r.seconds(), r.articlesPerSecond(),
                    r.articlesPerSecond() / cores, cpu / Math.max(1, r.articles()), load));
            System.out.println(rows.get(rows.size() - 1));
        }
        String table = String.join("\n", rows) + "\n";
        System.out.println(table);
        Files.writeString(Path.of("target", "spark-bench.md"), table, StandardCharsets.UTF_8);
    }

    /**
     * The JVM's CPU time counts every thread (executor tasks, Spark's own, the GC): on a machine
     * shared with other work it gives the cost of an article where wall time gives the share of
     * the cores this run got.
     */
    private static com.sun.management.OperatingSystemMXBean os() {
        return (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
    }

    private JobReport run(int cores, int partitions, List<String> input, LocalDate fallback, String name)
            throws Exception {
        SparkSession spark = SparkSession.builder().master("local[" + cores + "]").appName("attache-bench")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", String.valueOf(partitions))
                .config("spark.driver.host", "127.0.0.1")
                .getOrCreate();
        try {
            return new AttacheJob(spark, new JobOptions(input, work.resolve(name).toString(), partitions, fallback,
                    PipelineHolder.QuoteMode.ALL, JobOptions.DEFAULT_MAX_FILE_BYTES)).run();
        } finally {
            spark.stop();
        }
    }

    private static Path samples() {
        return Path.of(System.getProperty("user.dir")).resolveSibling("samples");
    }

    /** The samples' JSON Lines stories, copied with distinct ids, in one file. */
    private Path copiesOfSamples() throws Exception {
        int copies = Integer.getInteger("spark.bench.copies", 25);
        List<String> lines = Files.readAllLines(samples().resolve("stories.jsonl"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            for (String line : lines) {
                out.add(line.replaceFirst("\"id\": \"([^\"]+)\"", "\"id\": \"$1-copy" + i + "\""));
            }
        }
        Path file = work.resolve("copies.jsonl");
        Files.write(file, out, StandardCharsets.UTF_8);
        return file;
    }
}
