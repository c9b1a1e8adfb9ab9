package attache.ingest;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Property: whatever damage an archive has (bytes flipped, cut short, a stretch dropped), reading it
 * never throws, and its summary agrees with what it handed over. Seeded per repetition, so a failure
 * can be replayed.
 */
class WarcReaderNeverCrashTest {

    private static final String PAGE = WarcFixture.page("Ferry resumes", "2024-03-04",
            "The ferry between the island towns sailed again on Monday after a storm closed the crossing.",
            "Forty passengers made the first crossing.");
    private static final byte[] PLAIN = archive().plain();
    private static final byte[] GZIPPED = archive().gzipped();

    private static WarcFixture archive() {
        return new WarcFixture().request("https://isles.example/ferry").html("https://isles.example/ferry", PAGE)
                .chunkedGzipHtml("https://isles.example/ferry2", PAGE, 50)
                .status("https://isles.example/gone", 404, "text/html", "gone")
                .revisit("https://isles.example/ferry");
    }

    private static byte[] damage(byte[] whole, Random random) {
        byte[] bytes = whole.clone();
        switch (random.nextInt(3)) {
            case 0 -> {
                for (int i = 0; i < 1 + random.nextInt(8); i++) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
                return bytes;
            }
            case 1 -> {
                return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
            }
            default -> {
                int from = random.nextInt(bytes.length);
                int to = Math.min(bytes.length, from + 1 + random.nextInt(200));
                byte[] out = new byte[bytes.length - (to - from)];
                System.arraycopy(bytes, 0, out, 0, from);
                System.arraycopy(bytes, to, out, from, bytes.length - to);
                return out;
            }
        }
    }

    @RepeatedTest(150)
    void a_damaged_archive_gives_articles_and_reasons_never_an_exception(RepetitionInfo info) {
        Random random = new Random(info.getCurrentRepetition());
        byte[] damaged = damage(random.nextBoolean() ? PLAIN : GZIPPED, random);
        List<IngestResult> results = new ArrayList<>();
        WarcSummary summary = new WarcArticleReader(new HtmlArticleReader(), null, 1_000_000)
                .read(new ByteArrayInputStream(damaged), "d.warc", results::add);
        long parsed = results.stream().filter(IngestResult.Parsed.class::isInstance).count();
        assertEquals(summary.articles(), parsed);
        assertEquals(summary.rejected() + (summary.error() == null ? 0 : 1), results.size() - parsed);
        assertTrue(summary.records() <= 5);
        results.forEach(r -> assertTrue(r.origin().startsWith("d.warc"), r.origin()));
    }
}
