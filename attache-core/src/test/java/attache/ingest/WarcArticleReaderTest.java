package attache.ingest;

import attache.model.Article;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WarcArticleReaderTest {

    private static final String FERRY = WarcFixture.page("Ferry service resumes across the strait", "2024-03-04",
            "The ferry between the two island towns sailed again on Monday after a storm closed the crossing "
                    + "for most of last week, the harbour office said.",
            "Some forty passengers and a dozen lorries made the first crossing, which took two hours.");
    private static final String BRIDGE = WarcFixture.page("Council votes to repair old bridge", "2024-03-01",
            "The town council voted on Friday to repair the stone bridge over the river rather than replace it, "
                    + "after engineers found its piers sound.",
            "Work is to begin in the summer and last about four months, the mayor told reporters.");

    private final WarcArticleReader reader = new WarcArticleReader(new HtmlArticleReader(), null, 1_000_000);

    private record Read(List<IngestResult> results, WarcSummary summary) {
        List<Article> articles() {
            return results.stream().filter(IngestResult.Parsed.class::isInstance)
                    .map(r -> ((IngestResult.Parsed) r).article()).toList();
        }

        List<IngestResult.Rejected> rejected() {
            return results.stream().filter(IngestResult.Rejected.class::isInstance)
                    .map(IngestResult.Rejected.class::cast).toList();
        }
    }

    private Read read(byte[] archive) {
        return read(reader, archive);
    }

    private static Read read(WarcArticleReader reader, byte[] archive) {
        List<IngestResult> results = new ArrayList<>();
        WarcSummary summary = reader.read(new ByteArrayInputStream(archive), "crawl.warc.gz", results::add);
        return new Read(results, summary);
    }

    /** An archive as a crawler writes it: request, response and metadata for each page, plus the odd ones. */
    private static WarcFixture crawl() {
        return new WarcFixture()
                .request("https://news.example/2024/ferry")
                .html("https://news.example/2024/ferry", FERRY)
                .metadata("https://news.example/2024/ferry")
                .status("https://news.example/logo.png", 200, "image/png", "PNG")
                .status("https://news.example/old", 301, "text/html", "moved")
                .status("https://news.example/gone", 404, "text/html", "<html><body><p>Not found</p></body></html>")
                .revisit("https://news.example/2024/ferry")
                .html("https://news.example/2024/bridge", BRIDGE);
    }

    @Test
    void reads_html_responses_as_articles_with_url_id_and_page_date() {
        for (byte[] archive : List.of(crawl().plain(), crawl().gzipped())) {
            Read read = read(archive);
            assertEquals(2, read.articles().size(), read.results().toString());
            Article ferry = read.articles().get(0);
            assertEquals(WarcFixture.idOf(2), ferry.id());
            assertEquals("https://news.example/2024/ferry", ferry.url());
            assertEquals(LocalDate.of(2024, 3, 4), ferry.published());
            assertEquals("Ferry service resumes across the strait", ferry.title());
            assertTrue(ferry.text().contains("sailed again on Monday"), ferry.text());
            assertTrue(ferry.origin().startsWith("crawl.warc.gz@"), ferry.origin());
            assertEquals("https://news.example/2024/bridge", read.articles().get(1).url());
        }
    }

    @Test
    void counts_every_skipped_record_by_reason() {
        WarcSummary summary = read(crawl().gzipped()).summary();
        assertEquals(8, summary.records());
        assertEquals(2, summary.articles());
        assertEquals(0, summary.rejected());
        assertEquals(Map.of("request record", 1, "metadata record", 1, "not HTML (image/png)", 1,
                "redirect (HTTP 301)", 1, "HTTP status 404", 1, "revisit record", 1), summary.skipped());
        assertNull(summary.error());
        assertTrue(summary.describe().contains("8 records, 2 articles, 6 skipped"), summary.describe());
    }

    @Test
    void undoes_chunked_transfer_and_gzip_content_encoding() {
        byte[] archive = new WarcFixture().chunkedGzipHtml("https://news.example/ferry", FERRY, 97).gzipped();
        Read read = read(archive);
        assertEquals(1, read.articles().size(), read.results().toString());
        assertTrue(read.articles().get(0).text().contains("Some forty passengers"));
    }

    @Test
    void takes_the_charset_from_the_http_header() {
        String page = WarcFixture.page("Café reopens in the square", "2024-03-02",
                "The café on the square reopened on Saturday with its terrace rebuilt, its owner said.",
                "Crème brûlée is back on the menu, to the relief of regulars.");
        Read read = read(new WarcFixture().html("https://news.example/cafe", page, Charset.forName("ISO-8859-1"))
                .plain());
        assertTrue(read.articles().get(0).text().contains("Crème brûlée"), read.articles().get(0).text());
    }

    @Test
    void reads_html_resource_records() {
        Read read = read(new WarcFixture().resource("file:///site/bridge.html", BRIDGE).plain());
        assertEquals(1, read.articles().size(), read.results().toString());
        assertEquals(LocalDate.of(2024, 3, 1), read.articles().get(0).published());
    }

    @Test
    void a_truncated_archive_keeps_the_records_before_the_break_and_names_where_it_broke() {
        for (byte[] whole : List.of(crawl().plain(), crawl().gzipped())) {
            byte[] cut = Arrays.copyOf(whole, whole.length - 200);
            Read read = read(cut);
            assertEquals(1, read.articles().size(), read.results().toString());
            assertEquals(1, read.rejected().size());
            IngestResult.Rejected broke = read.rejected().get(0);
            assertTrue(broke.origin().startsWith("crawl.warc.gz@"), broke.origin());
            assertTrue(broke.reason().startsWith("archive truncated at byte ") || broke.reason().startsWith(
                    "archive corrupt at byte "), broke.reason());
            long offset = Long.parseLong(broke.origin().substring("crawl.warc.gz@".length()));
            assertTrue(offset > 0 && offset < cut.length, broke.origin());
            assertEquals(7, read.summary().records());
            assertTrue(read.summary().error() != null);
        }
    }

    @Test
    void garbage_in_the_middle_is_an_error_for_the_rest() {
        byte[] first = new WarcFixture().html("https://news.example/ferry", FERRY).plain();
        byte[] garbage = "this is not a warc record\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] archive = new byte[first.length + garbage.length];
        System.arraycopy(first, 0, archive, 0, first.length);
        System.arraycopy(garbage, 0, archive, first.length, garbage.length);
        Read read = read(archive);
        assertEquals(1, read.articles().size());
        assertEquals(1, read.rejected().size());
        assertTrue(read.rejected().get(0).reason().contains("archive corrupt"), read.rejected().get(0).reason());
        assertEquals("crawl.warc.gz@" + first.length, read.rejected().get(0).origin(), "where the garbage starts");
    }

    @Test
    void a_page_without_a_date_is_refused_unless_a_fallback_is_given_and_the_fetch_date_is_not_used() {
        String undated = WarcFixture.page("Ferry service resumes", null,
                "The ferry between the two island towns sailed again after a storm closed the crossing.",
                "Some forty passengers made the first crossing.");
        byte[] archive = new WarcFixture().html("https://news.example/ferry", undated).plain();
        Read refused = read(archive);
        assertEquals(0, refused.articles().size());
        String reason = refused.rejected().get(0).reason();
        assertTrue(reason.contains("no publication date") && reason.contains("fetched 2024-03-05"), reason);
        assertEquals(1, refused.summary().rejected());

        WarcArticleReader withFallback = new WarcArticleReader(new HtmlArticleReader(), LocalDate.of(2024, 3, 4),
                1_000_000);
        assertEquals(LocalDate.of(2024, 3, 4), read(withFallback, archive).articles().get(0).published());
    }

    @Test
    void records_above_the_size_limit_are_skipped() {
        WarcArticleReader small = new WarcArticleReader(new HtmlArticleReader(), null, 200);
        Read read = read(small, crawl().plain());
        assertEquals(0, read.articles().size());
        assertTrue(read.summary().skipped().get("record above the size limit") >= 2, read.summary().toString());
    }

    @Test
    void not_an_archive_is_one_error() {
        Read read = read("{\"id\": 1}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(1, read.rejected().size());
        assertTrue(read.rejected().get(0).reason().startsWith("not a WARC archive"), read.rejected().get(0).reason());
        assertEquals(0, read.summary().records());
    }

    @Test
    void the_same_archive_reads_the_same_every_time() {
        byte[] archive = crawl().gzipped();
        assertEquals(read(archive).results(), read(archive).results());
    }

    @Test
    void a_rejected_result_is_a_rejection() {
        Read read = read(new WarcFixture().html("https://news.example/empty",
                "<html><head><meta property=\"article:published_time\" content=\"2024-03-01\"></head><body></body></html>")
                .plain());
        assertInstanceOf(IngestResult.Rejected.class, read.results().get(0));
        assertTrue(read.rejected().get(0).origin().contains("https://news.example/empty"));
    }
}
