package attache.spark;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.SerializableConfiguration;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.to_date;

/**
 * The Spark job: input files to Parquet tables and exports, with the pipeline {@code process}
 * runs. Two steps: the files are read into articles on the executors (one task per group of
 * files), then the articles are spread over {@code partitions} by id and analysed, each executor
 * JVM running every task on its one loaded pipeline ({@link PipelineHolder}). The analysis is kept
 * (memory, else disk) while the tables are written from it, each sorted by article id, so that the
 * tables' rows, read in file-name order, do not depend on the partitioning.
 *
 * <p>Tables in {@code out}: {@code documents}, {@code events}, {@code event_mentions},
 * {@code quotes}, {@code rejected} (Parquet), and {@code exports/gdelt-events},
 * {@code exports/gdelt-mentions}, {@code exports/plover} (text, one line per row; concatenate the
 * part files in name order). See {@code docs/spark.md}.
 */
public final class AttacheJob {

    /** The tables' folders in the output folder. */
    public static final String DOCUMENTS = "documents";
    public static final String EVENTS = "events";
    public static final String EVENT_MENTIONS = "event_mentions";
    public static final String QUOTES = "quotes";
    public static final String REJECTED = "rejected";
    public static final String EXPORTS = "exports";
    /** Each export's column of the analysis and its folder in {@code exports/}. */
    private static final Map<String, String> EXPORT_FOLDERS = new LinkedHashMap<>();

    static {
        EXPORT_FOLDERS.put("gdelt", "gdelt-events");
        EXPORT_FOLDERS.put("gdelt_mentions", "gdelt-mentions");
        EXPORT_FOLDERS.put("plover", "plover");
    }

    private final SparkSession spark;
    private final JobOptions options;

    public AttacheJob(SparkSession spark, JobOptions options) {
        this.spark = spark;
        this.options = options;
    }

    /** Runs the job and tells what it did. */
    public JobReport run() throws IOException {
        long start = System.nanoTime();
        SerializableConfiguration conf = new SerializableConfiguration(spark.sparkContext().hadoopConfiguration());
        InputListing listing = InputListing.of(options.inputs(), conf.value());
        CollectionAccumulator<ArchiveTally> archives = spark.sparkContext().collectionAccumulator("web archives");
        Dataset<Row> inputs = readInputs(listing, conf, archives);
        Dataset<Row> results = inputs.repartition(options.partitions(), col("id"))
                .mapPartitions(new PartitionAnalyser(options.quotes()), Encoders.row(Schemas.RESULT))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Dataset<Row> analysed = results.filter(col("reason").isNull());
            String out = options.output();
            write(analysed.select(col("id"), col("url"), to_date(col("published")).as("published"), col("title"),
                    col("origin"), col("body"), col("document")).orderBy("id", "origin"), out + "/" + DOCUMENTS);
            write(flatten(analysed, "events").orderBy("article_id", "idx"), out + "/" + EVENTS);
            write(flatten(analysed, "mentions").orderBy("article_id", "event_idx", "idx"), out + "/" + EVENT_MENTIONS);
            write(flatten(analysed, "quotes").orderBy("article_id", "idx"), out + "/" + QUOTES);
            Dataset<Row> rejected = results.filter(col("reason").isNotNull())
                    .select(col("origin").as("source"), col("reason")).orderBy("source", "reason");
            write(rejected, out + "/" + REJECTED);
            for (Map.Entry<String, String> export : EXPORT_FOLDERS.entrySet()) {
                lines(analysed, export.getKey()).write().mode(SaveMode.Overwrite)
                        .text(out + "/" + EXPORTS + "/" + export.getValue());
            }
            long articles = spark.read().parquet(out + "/" + DOCUMENTS).count();
            long events = spark.read().parquet(out + "/" + EVENTS).count();
            long rejections = spark.read().parquet(out + "/" + REJECTED).count();
            return new JobReport(articles, rejections, events, summaries(archives),
                    (System.nanoTime() - start) / 1e9);
        } finally {
            results.unpersist();
        }
    }

    /**
     * Each archive's summary once, in path order: a task that Spark runs again (a lost executor, a
     * speculative copy) adds its archives a second time, and the copies are the same.
     */
    private static List<attache.ingest.WarcSummary> summaries(CollectionAccumulator<ArchiveTally> archives) {
        Map<String, attache.ingest.WarcSummary> bySource = new TreeMap<>();
        for (ArchiveTally t : archives.value()) {
            bySource.putIfAbsent(t.source(), t.summary());
        }
        return List.copyOf(bySource.values());
    }

    private Dataset<Row> readInputs(InputListing listing, SerializableConfiguration conf,
                                    CollectionAccumulator<ArchiveTally> archives) {
        LocalDate published = options.published();
        long maxBytes = options.maxFileBytes();
        int fileTasks = Math.max(1, Math.min(listing.files().size(), options.partitions()));
        FlatMapFunction<String, Row> read = file -> {
            FileArticles reader = new FileArticles(published, maxBytes, conf.value());
            return InputRows.toRows(reader.open(file, s -> archives.add(ArchiveTally.of(s))));
        };
        Dataset<Row> fromFiles = spark.createDataset(listing.files(), Encoders.STRING()).repartition(fileTasks)
                .flatMap(read, Encoders.row(Schemas.INPUT));
        List<Row> missing = new ArrayList<>();
        for (String[] m : listing.missing()) {
            missing.add(RowFactory.create(null, null, null, null, null, m[0], Seqs.of(List.of()), m[1]));
        }
        return fromFiles.union(spark.createDataFrame(missing, Schemas.INPUT));
    }

    /** One row per element of an array column, with the article's id first. */
    private static Dataset<Row> flatten(Dataset<Row> analysed, String array) {
        return analysed.select(col("id").as("article_id"), explode(col(array)).as("x")).select(col("article_id"),
                col("x.*"));
    }

    /** An export's lines in article order, then in the order the writer wrote them. */
    private static Dataset<Row> lines(Dataset<Row> analysed, String array) {
        Column[] cols = {col("id"), posexplode(col(array)).as(new String[]{"pos", "line"})};
        return analysed.select(cols).orderBy("id", "pos").select("line");
    }

    private static void write(Dataset<Row> table, String path) {
        table.write().mode(SaveMode.Overwrite).parquet(path);
    }
}
