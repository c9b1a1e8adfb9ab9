package attache.ingest;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How fast a web archive is read into articles (decompression, HTTP parsing, HTML extraction, no
 * language analysis), for BENCHMARKS.md. Off by default (a measurement, not a test): run with
 * {@code -Dwarc.bench=true}. The archive is built here: 2,000 gzipped response records of news-like
 * pages of about 6 KB, a request record before each, as crawlers write them.
 */
class WarcReadBenchmarkTest {

    private static final int PAGES = 2_000;

    @Test
    void measures_archive_read_throughput() {
        Assumptions.assumeTrue(Boolean.getBoolean("warc.bench"), "a benchmark: run with -Dwarc.bench=true");
        WarcFixture fixture = new WarcFixture();
        String[] sentences = {
            "The council met on Tuesday to discuss the budget for the coming year and the repair of roads.",
            "Officials said the talks had been useful and that a further meeting would be held next month.",
            "Farmers in the region have complained for years about the price of fuel and fertiliser.",
            "The minister told reporters that the government would not change its plans before the election.",
        };
        long htmlBytes = 0;
        for (int i = 0; i < PAGES; i++) {
            String[] paragraphs = new String[30];
            for (int p = 0; p < paragraphs.length; p++) {
                paragraphs[p] = sentences[(i + p) % 4] + " " + sentences[(i + p + 1) % 4] + " Page " + i + ".";
            }
            String url = "https://bench.example/2024/03/" + i;
            String page = WarcFixture.page("Story number " + i, "2024-03-04", paragraphs);
            htmlBytes += page.length();
            fixture.request(url).html(url, page);
        }
        byte[] archive = fixture.gzipped();
        WarcArticleReader reader = new WarcArticleReader(new HtmlArticleReader(), null, 20_000_000);
        for (int round = 0; round < 6; round++) {
            AtomicInteger articles = new AtomicInteger();
            long start = System.nanoTime();
            WarcSummary summary = reader.read(new ByteArrayInputStream(archive), "bench.warc.gz",
                    r -> articles.incrementAndGet());
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "warc read round %d%s: %d records, %d articles, %.1f MB of HTML "
                            + "(%.1f MB gzipped), %.2f s, %.0f articles/s, %.1f MB of HTML/s%n", round,
                    round < 2 ? " (warm-up)" : "", summary.records(), articles.get(), htmlBytes / 1e6,
                    archive.length / 1e6, seconds, articles.get() / seconds, htmlBytes / 1e6 / seconds);
        }
    }
}
