package attache.cli;

import attache.ingest.WarcFixture;
import attache.store.ArticleStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code process} and {@code ingest} on web archives, end to end on the shared CoreNLP engine. */
class WarcCommandIT {

    static final String TALKS = WarcFixture.page("Neighbours hold border talks", "2024-03-04",
            "Norway and Sweden held talks in Oslo on Monday about the shared management of a border river, "
                    + "the Norwegian foreign ministry said.",
            "Sweden agreed to send a delegation again in April.");
    static final String PROTEST = WarcFixture.page("Farmers protest in capital", "2024-03-05",
            "Hundreds of farmers protested outside the parliament in Warsaw on Tuesday against imports of cheap grain.",
            "The government promised to meet their leaders later in the week.");

    @TempDir
    Path dir;

    private static byte[] archive() {
        return new WarcFixture()
                .request("https://wire.example/2024/03/04/talks")
                .html("https://wire.example/2024/03/04/talks", TALKS)
                .status("https://wire.example/style.css", 200, "text/css", "body{}")
                .revisit("https://wire.example/2024/03/04/talks")
                .chunkedGzipHtml("https://wire.example/2024/03/05/protest", PROTEST, 64)
                .gzipped();
    }

    @Test
    void process_writes_one_document_per_page_and_reports_what_it_skipped() throws IOException {
        Path warc = Files.write(dir.resolve("crawl.warc.gz"), archive());
        Path out = dir.resolve("out.jsonl");
        CliRun run = CliRun.of("process", "--threads", "2", "--output", out.toString(), warc.toString());
        assertEquals(0, run.exit(), run.stderr());
        assertTrue(run.stderr().contains("archive " + warc + ": 5 records, 2 articles, 3 skipped (1 not HTML (text/css), "
                + "1 request record, 1 revisit record)"), run.stderr());
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> docs = Files.readAllLines(out).stream().map(l -> {
            try {
                return mapper.readTree(l);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertEquals(2, docs.size());
        assertEquals(WarcFixture.idOf(2), docs.get(0).get("id").asText());
        assertEquals("https://wire.example/2024/03/04/talks", docs.get(0).get("url").asText());
        assertEquals("2024-03-04", docs.get(0).get("published").asText());
        assertTrue(docs.get(0).get("events").size() > 0, "no events in " + docs.get(0).get("text"));
        assertEquals("https://wire.example/2024/03/05/protest", docs.get(1).get("url").asText());
        assertTrue(docs.get(1).get("text").asText().contains("Hundreds of farmers protested"));
    }

    @Test
    void ingest_stores_the_pages_of_a_truncated_archive_and_reports_the_break() throws IOException {
        byte[] whole = archive();
        Path warc = Files.write(dir.resolve("cut.warc.gz"), Arrays.copyOf(whole, whole.length - 150));
        Path db = dir.resolve("db");
        CliRun run = CliRun.of("ingest", "--db", db.toString(), warc.toString());
        assertEquals(1, run.exit(), run.stderr());
        assertTrue(run.stderr().contains("attache: error: " + warc + "@"), run.stderr());
        assertTrue(run.stderr().contains("broke off: archive"), run.stderr());
        assertTrue(run.stderr().contains("1 inserted"), run.stderr());
        try (ArticleStore store = ArticleStore.openReadOnly(db)) {
            assertEquals(1L, store.tableCounts().get("articles"));
            assertEquals(1L, store.tableCounts().get("ingest_log"));
        }
    }
}
