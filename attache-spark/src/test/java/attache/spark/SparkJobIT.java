package attache.spark;

import attache.cli.Main;
import attache.ingest.HtmlArticleReader;
import attache.ingest.WarcArticleReader;
import attache.ingest.WarcFixture;
import attache.ingest.WarcSummary;
import attache.testing.Models;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark job in local mode, against {@code attache process} and {@code attache ingest} on the
 * same files: the bundled samples (with their web archive) and a corpus written for this test (two
 * articles, a record without text, a malformed line, a French text; a gzipped web archive with two
 * pages among records to skip, and a plain one cut off in its last record). One SparkSession and one
 * CoreNLP engine for the class.
 */
class SparkJobIT {

    private static final LocalDate FALLBACK = LocalDate.of(2024, 6, 5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static SparkSession spark;
    private static List<String> inputs;
    private static Path firstRun;
    private static JobReport firstReport;
    private static Path archives;

    @TempDir
    static Path work;

    @BeforeAll
    static void start() throws Exception {
        PipelineHolder.useEngine(Models::engine);
        spark = SparkSession.builder().master("local[2]").appName("attache-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.host", "127.0.0.1")
                // dates come back as LocalDate: java.sql.Date needs an --add-opens that spark-submit gives, a test JVM not
                .config("spark.sql.datetime.java8API.enabled", "true")
                .getOrCreate();
        Path corpus = Path.of(SparkJobIT.class.getResource("/corpus").toURI());
        Path samples = Path.of(System.getProperty("user.dir")).resolveSibling("samples");
        archives = writeArchives(work.resolve("archives"));
        inputs = List.of(samples.toString(), corpus.toString(), archives.toString());
        firstRun = work.resolve("spark-3");
        firstReport = new AttacheJob(spark, options(firstRun, 3)).run();
        assertTrue(firstReport.articles() >= 9, "every sample, both test articles, the archives' pages: " + firstReport);
    }

    /**
     * Two archives of pages written for this test. Their record ids restart at 1 in each archive, so
     * the pages sit at ids the other archive uses only for records that are skipped.
     */
    private static Path writeArchives(Path folder) throws Exception {
        Files.createDirectories(folder);
        byte[] wire = new WarcFixture()
                .request("https://news.example.org/port-strike")
                .html("https://news.example.org/port-strike", WarcFixture.page("Dockers end strike in Valparaiso",
                        "2024-06-03", "Chilean dock workers ended a nine-day strike on Monday after the government"
                                + " of Chile agreed to raise their wages, the union said.",
                        "Port operators criticized the agreement."))
                .status("https://news.example.org/missing", 404, "text/html", "<html>gone</html>")
                .html("https://news.example.org/border-meeting", WarcFixture.page("Ministers meet at the border",
                        null, "The foreign ministers of Peru and Bolivia met in La Paz on Tuesday to discuss"
                                + " water rights, officials said.", "Bolivia has long demanded a new border"
                                + " treaty that gives it access to the sea."))
                .gzipped();
        Files.write(folder.resolve("wire.warc.gz"), wire);
        byte[] whole = new WarcFixture()
                .html("https://news.example.org/aid-convoy", WarcFixture.page("Aid convoy reaches the city",
                        "2024-06-04", "The United Nations sent an aid convoy to the besieged city of Aleppo on"
                                + " Wednesday, a spokesman said."))
                .metadata("https://news.example.org/aid-convoy")
                .html("https://news.example.org/lost", WarcFixture.page("A page the archive loses", "2024-06-04",
                        "Kenya accused Somalia of violating its airspace."))
                .plain();
        Files.write(folder.resolve("cut.warc"), Arrays.copyOf(whole, whole.length - 120));
        return folder;
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static JobOptions options(Path out, int partitions) {
        return new JobOptions(inputs, out.toString(), partitions, FALLBACK, PipelineHolder.QuoteMode.ALL,
                JobOptions.DEFAULT_MAX_FILE_BYTES);
    }

    @Test
    void documentsAreThoseOfProcessByteForByte() throws Exception {
        Path processed = work.resolve("process.jsonl");
        List<String> args = new ArrayList<>(List.of("process", "--threads", "2", "--published", FALLBACK.toString(),
                "--output", processed.toString()));
        args.addAll(inputs);
        int code = Main.run(new Main.Models(Models::engine), args.toArray(String[]::new));
        assertEquals(1, code, "process reports the bad inputs");

        Map<String, String> expected = new TreeMap<>();
        for (String line : Files.readAllLines(processed, StandardCharsets.UTF_8)) {
            expected.put(JSON.readTree(line).get("id").asText(), line);
        }
        Map<String, String> actual = new TreeMap<>();
        for (Row r : table(firstRun, AttacheJob.DOCUMENTS)) {
            actual.put(r.getAs("id"), r.getAs("document"));
        }
        assertEquals(expected.keySet(), actual.keySet());
        for (String id : expected.keySet()) {
            assertEquals(expected.get(id), actual.get(id), "document " + id);
        }
        long events = expected.values().stream().mapToInt(d -> read(d).get("events").size()).sum();
        assertTrue(events > 0, "the corpus has events");
        assertEquals(events, table(firstRun, AttacheJob.EVENTS).size());
    }

    @Test
    void eventsTableHoldsTheDocumentsEvents() {
        Map<String, JsonNode> docs = new TreeMap<>();
        for (Row r : table(firstRun, AttacheJob.DOCUMENTS)) {
            docs.put(r.getAs("id"), read(r.getAs("document")));
        }
        for (Row e : table(firstRun, AttacheJob.EVENTS)) {
            JsonNode event = docs.get(e.<String>getAs("article_id")).get("events").get(e.<Integer>getAs("idx"));
            assertEquals(event.get("type").asText(), e.getAs("type"));
            assertEquals(event.get("cameo").asText(), e.getAs("cameo"));
            assertEquals(event.get("source").get("code").asText(), e.getAs("source_code"));
            assertEquals(event.get("source").get("start").asInt(), e.<Integer>getAs("source_start"));
            assertEquals(event.get("trigger").get("text").asText(), e.getAs("trigger_text"));
            assertEquals(event.get("negated").asBoolean(), e.<Boolean>getAs("negated"));
            assertEquals(event.get("modality").asText(), e.getAs("modality"));
            assertEquals(event.get("date").asText(), e.getAs("event_date"));
        }
    }

    @Test
    void badInputsAreRejectedWithTheirReasons() {
        List<String> rejected = table(firstRun, AttacheJob.REJECTED).stream()
                .map(r -> r.<String>getAs("source").replaceAll(".*/", "") + " " + r.getAs("reason")).toList();
        assertEquals(4, rejected.size(), rejected.toString());
        assertTrue(rejected.stream().anyMatch(r -> r.startsWith("cut.warc@") && r.contains(" at byte ")
                && r.contains("the records from there on are not read")), rejected.toString());
        assertTrue(rejected.stream().anyMatch(r -> r.startsWith("harbour-talks.jsonl:3 no \"text\" field")), rejected.toString());
        assertTrue(rejected.stream().anyMatch(r -> r.startsWith("harbour-talks.jsonl:4 malformed JSON")), rejected.toString());
        assertTrue(rejected.stream().anyMatch(r -> r.startsWith("editorial.txt ") && r.contains("English")),
                rejected.toString());
    }

    @Test
    void archivesAreStreamedAndTheirSkippedRecordsReported() throws Exception {
        Map<String, WarcSummary> reported = new TreeMap<>();
        firstReport.archives().forEach(a -> reported.put(a.source().replaceAll(".*/", ""), a));
        assertEquals(List.of("crawl.warc", "cut.warc", "wire.warc.gz"), List.copyOf(reported.keySet()));
        Path samples = Path.of(System.getProperty("user.dir")).resolveSibling("samples");
        for (Path file : List.of(samples.resolve("crawl.warc"), archives.resolve("cut.warc"),
                archives.resolve("wire.warc.gz"))) {
            WarcSummary local;
            try (var in = Files.newInputStream(file)) {
                local = new WarcArticleReader(new HtmlArticleReader(), FALLBACK, FileArticles.MAX_RECORD_BYTES)
                        .read(in, file.toString(), r -> { });
            }
            WarcSummary spark = reported.get(file.getFileName().toString());
            assertEquals(local.records(), spark.records(), file.toString());
            assertEquals(local.articles(), spark.articles(), file.toString());
            assertEquals(local.skipped(), spark.skipped(), file.toString());
            assertEquals(local.error() == null, spark.error() == null, file.toString());
        }
        assertEquals(Map.of("HTTP status 404", 1, "request record", 1), reported.get("wire.warc.gz").skipped());
        assertEquals(2, reported.get("wire.warc.gz").articles());
        assertEquals(1, reported.get("cut.warc").articles(), "the page before the break is kept");
        assertTrue(reported.get("cut.warc").error() != null, "the break is reported");
        assertEquals(reported.values().stream().mapToLong(WarcSummary::skippedTotal).sum(),
                firstReport.skippedRecords());
    }

    @Test
    void exportsHaveOneRowPerEvent() throws Exception {
        int events = table(firstRun, AttacheJob.EVENTS).size();
        List<String> gdelt = lines(firstRun.resolve("exports/gdelt-events"));
        assertEquals(events, gdelt.size());
        gdelt.forEach(row -> assertEquals(61, row.split("\t", -1).length, row));
        assertEquals(events, lines(firstRun.resolve("exports/plover")).size());
        assertEquals(table(firstRun, AttacheJob.EVENT_MENTIONS).size(), lines(firstRun.resolve("exports/gdelt-mentions")).size());
    }

    @Test
    void outputDoesNotDependOnPartitions() throws Exception {
        Path single = work.resolve("spark-1");
        new AttacheJob(spark, options(single, 1)).run();
        for (String t : List.of(AttacheJob.DOCUMENTS, AttacheJob.EVENTS, AttacheJob.EVENT_MENTIONS, AttacheJob.QUOTES,
                AttacheJob.REJECTED)) {
            assertEquals(rowsAsText(firstRun, t), rowsAsText(single, t), t);
        }
        for (String e : List.of("gdelt-events", "gdelt-mentions", "plover")) {
            assertEquals(lines(firstRun.resolve("exports/" + e)), lines(single.resolve("exports/" + e)), e);
        }
    }

    @Test
    void loadedOutputIsTheStoreIngestMakes() throws Exception {
        Path loaded = work.resolve("db-loaded");
        Path ingested = work.resolve("db-ingested");
        Main.Models models = new Main.Models(Models::engine);
        assertEquals(0, Main.run(models, "load-parquet", firstRun.toString(), "--db", loaded.toString()));
        List<String> ingest = new ArrayList<>(List.of("ingest", "--threads", "2", "--published", FALLBACK.toString(),
                "--db", ingested.toString()));
        ingest.addAll(inputs);
        assertEquals(1, Main.run(models, ingest.toArray(String[]::new)));

        String[] queries = {
                "SELECT id, url, outlet, title, published, content_hash, text, body, dateline_place, dateline_date,"
                        + " story_id, document FROM articles ORDER BY id",
                "SELECT * FROM events ORDER BY event_id",
                "SELECT * FROM event_mentions ORDER BY ALL",
                "SELECT * FROM actor_mentions ORDER BY article_id, idx",
                "SELECT * FROM quotes ORDER BY article_id, idx",
                "SELECT * FROM entities ORDER BY article_id, idx",
                "SELECT * FROM times ORDER BY article_id, idx",
                "SELECT * FROM merged_events ORDER BY ALL",
                "SELECT * FROM merged_event_members ORDER BY ALL",
                "SELECT * FROM claims ORDER BY article_id, idx",
                "SELECT * FROM claim_events ORDER BY ALL",
                "SELECT * FROM positions ORDER BY article_id, idx",
                "SELECT * FROM account_relations ORDER BY article_id, idx"};
        for (String q : queries) {
            List<String> fromSpark = query(loaded, q);
            assertFalse(fromSpark.isEmpty(), q);
            assertEquals(query(ingested, q), fromSpark, q);
        }
        List<String> before = query(loaded, "SELECT * FROM merged_events ORDER BY ALL");
        assertEquals(0, Main.run(models, "load-parquet", firstRun.toString(), "--db", loaded.toString()));
        assertEquals(before, query(loaded, "SELECT * FROM merged_events ORDER BY ALL"), "re-loading changes nothing");
        assertEquals(query(ingested, "SELECT count(*) FROM articles"), query(loaded, "SELECT count(*) FROM articles"));
    }

    private static List<String> query(Path db, String sql) throws Exception {
        try (Connection c = new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:" + db.resolve("attache.duckdb"),
                readOnly()); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    sb.append(meta.getColumnName(i)).append('=').append(rs.getString(i)).append('\t');
                }
                rows.add(sb.toString());
            }
            return rows;
        }
    }

    private static Properties readOnly() {
        Properties p = new Properties();
        p.setProperty("duckdb.read_only", "true");
        return p;
    }

    private static List<Row> table(Path out, String name) {
        return spark.read().parquet(out.resolve(name).toString()).collectAsList();
    }

    /** A table's rows in the order of its part files, as text. */
    private static List<String> rowsAsText(Path out, String name) throws Exception {
        List<String> rows = new ArrayList<>();
        for (Path part : parts(out.resolve(name), ".parquet")) {
            spark.read().parquet(part.toString()).collectAsList().forEach(r -> rows.add(r.toString()));
        }
        return rows;
    }

    private static List<String> lines(Path folder) throws Exception {
        List<String> all = new ArrayList<>();
        for (Path part : parts(folder, ".txt")) {
            all.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
        }
        return all;
    }

    private static List<Path> parts(Path folder, String extension) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("part-")
                    && p.getFileName().toString().endsWith(extension)).sorted().collect(Collectors.toList());
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
