package attache.ingest;

import attache.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link InputCollector#read}, the entry for files read elsewhere (the Spark job's Hadoop paths):
 * the same articles and rejections as {@link InputCollector#collect} gives for a file of that name
 * and content.
 */
class InputCollectorReadTest {

    private static final String LINES = "{\"id\":\"a\",\"published\":\"2022-04-01\",\"text\":\"Envoys met in Rome.\"}\n"
            + "{\"published\":\"2022-04-02\",\"text\":\"Talks resumed in Bern.\"}\n"
            + "{\"published\":\"2022-04-03\",\"text\":\"cut short\n";

    @TempDir
    Path dir;

    private static InputCollector collector(long maxBytes) {
        Optional<LocalDate> none = Optional.empty();
        return new InputCollector(maxBytes, new JsonArticleReader(none, 100_000),
                new TextArticleReader(none, text -> Optional.empty()),
                (page, id, origin) -> new Article(id, null, LocalDate.of(2022, 4, 1), null, "page text", origin),
                new ByteArrayInputStream(new byte[0]));
    }

    @Test
    void gives_what_collect_gives_for_the_same_file() throws IOException {
        byte[] archive = new WarcFixture().request("https://news.example.net/rome")
                .html("https://news.example.net/rome", WarcFixture.page("Envoys in Rome", "2022-04-01",
                        "Envoys of two neighbours met in Rome on Friday."))
                .gzipped();
        for (String name : List.of("wire.jsonl", "wire.jsonl.gz", "notes.txt", "page.html", "data.csv",
                "crawl.warc.gz")) {
            byte[] content = name.endsWith(".warc.gz") ? archive
                    : name.endsWith(".gz") ? gzip(LINES) : LINES.getBytes(StandardCharsets.UTF_8);
            Path file = dir.resolve(name);
            Files.write(file, content);
            assertEquals(collector(1_000_000).collect(List.of(file.toString())),
                    collector(1_000_000).read(name, content, file.toString()), name);
        }
    }

    @Test
    void default_ids_come_from_the_file_name_and_line() {
        List<IngestResult> results = collector(1_000_000).read("wire.jsonl", LINES.getBytes(StandardCharsets.UTF_8),
                "hdfs://nn/news/wire.jsonl");
        assertEquals("a", ((IngestResult.Parsed) results.get(0)).article().id());
        assertEquals("wire-2", ((IngestResult.Parsed) results.get(1)).article().id());
        assertEquals("hdfs://nn/news/wire.jsonl:3", results.get(2).origin());
    }

    @Test
    void too_large_broken_gzip_and_unknown_formats_are_rejections_naming_the_file() throws IOException {
        byte[] gz = gzip(LINES);
        assertEquals("broken gzip data", reason(collector(1_000_000).read("cut.jsonl.gz",
                Arrays.copyOf(gz, gz.length / 2), "cut.jsonl.gz")).replaceAll(":.*", ""));
        assertTrue(reason(collector(10).read("big.jsonl", LINES.getBytes(StandardCharsets.UTF_8), "big.jsonl"))
                .contains("above the limit"));
        assertTrue(reason(collector(1_000).read("data.csv", new byte[3], "s3a://b/data.csv"))
                .startsWith("unknown format"));
    }

    private static String reason(List<IngestResult> results) {
        assertEquals(1, results.size(), results.toString());
        return ((IngestResult.Rejected) results.get(0)).reason();
    }

    private static byte[] gzip(String s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
