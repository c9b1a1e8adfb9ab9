package attache.ingest;

import attache.model.Article;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The web archive in {@code samples/}, hand-written, stays a valid archive with one article in it. */
class SampleArchiveTest {

    @Test
    void the_sample_archive_holds_one_article_and_four_skipped_records() throws IOException {
        Path sample = Path.of("..", "samples", "crawl.warc");
        Assumptions.assumeTrue(Files.isRegularFile(sample), "run from a module of the repository");
        List<IngestResult> results = new ArrayList<>();
        WarcSummary summary;
        try (InputStream in = Files.newInputStream(sample)) {
            summary = new WarcArticleReader(new HtmlArticleReader(), null, 20_000_000).read(in, "crawl.warc", results::add);
        }
        assertNull(summary.error());
        assertEquals(Map.of("warcinfo record", 1, "request record", 1, "not HTML (text/css)", 1, "HTTP status 404", 1),
                summary.skipped());
        assertEquals(1, results.size());
        Article article = assertInstanceOf(IngestResult.Parsed.class, results.get(0)).article();
        assertEquals("5a3c0f2e-7d41-4c6b-9e0a-000000000003", article.id());
        assertEquals("https://example.org/world/finland-joins-nato", article.url());
        assertEquals(LocalDate.of(2023, 4, 4), article.published());
    }
}
