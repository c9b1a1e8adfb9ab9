package attache.ingest;

import attache.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Web archives among the command line's inputs: by name, in folders, and on standard input. */
class InputCollectorWarcTest {

    private static final String PAGE = WarcFixture.page("Harbour dredging finished early", "2024-02-20",
            "Dredging of the old harbour finished a month early, the port authority said on Tuesday, "
                    + "and larger boats can now berth at the inner quay.",
            "The work cost less than planned because the weather stayed calm through January.");

    @TempDir
    Path dir;

    private static byte[] archive() {
        return new WarcFixture().request("https://port.example/dredging")
                .html("https://port.example/dredging", PAGE)
                .status("https://port.example/missing", 404, "text/html", "gone").gzipped();
    }

    private static InputCollector collector(byte[] stdin) {
        Optional<LocalDate> none = Optional.empty();
        return new InputCollector(1_000_000, new JsonArticleReader(none, 100_000),
                new TextArticleReader(none, text -> Optional.empty()),
                (page, id, origin) -> new HtmlArticleReader().read(page, id, origin, null),
                new ByteArrayInputStream(stdin));
    }

    @Test
    void reads_warc_gz_and_warc_files_by_name_and_in_folders() throws IOException {
        Files.write(dir.resolve("a.warc.gz"), archive());
        Files.write(dir.resolve("b.warc"), new WarcFixture().html("https://port.example/x", PAGE).plain());
        InputCollector collector = collector(new byte[0]);
        List<IngestResult> results = collector.collect(List.of(dir.toString()));
        assertEquals(2, results.size(), results.toString());
        results.forEach(r -> assertInstanceOf(IngestResult.Parsed.class, r));
        assertEquals(2, collector.archives().size());
        assertEquals(dir.resolve("a.warc.gz").toString(), collector.archives().get(0).source());
        assertEquals(1, collector.archives().get(0).skipped().get("request record"));
        assertEquals(1, collector.archives().get(0).skipped().get("HTTP status 404"));
    }

    @Test
    void detects_a_warc_on_standard_input_plain_or_gzipped() {
        for (byte[] bytes : List.of(archive(), new WarcFixture().html("https://port.example/x", PAGE).plain())) {
            InputCollector collector = collector(bytes);
            List<IngestResult> results = collector.collect(List.of("-"));
            Article article = assertInstanceOf(IngestResult.Parsed.class, results.get(0)).article();
            assertEquals(LocalDate.of(2024, 2, 20), article.published());
            assertEquals(1, collector.archives().size());
            assertEquals("-", collector.archives().get(0).source());
        }
    }

    @Test
    void a_truncated_archive_file_gives_its_first_records_and_one_error() throws IOException {
        byte[] whole = new WarcFixture().html("https://port.example/a", PAGE).html("https://port.example/b", PAGE)
                .gzipped();
        Path file = dir.resolve("cut.warc.gz");
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 100));
        List<IngestResult> results = collector(new byte[0]).collect(List.of(file.toString()));
        assertEquals(2, results.size());
        assertInstanceOf(IngestResult.Parsed.class, results.get(0));
        IngestResult.Rejected rest = assertInstanceOf(IngestResult.Rejected.class, results.get(1));
        assertTrue(rest.origin().startsWith(file + "@"), rest.origin());
    }

    @Test
    void an_empty_archive_is_refused() throws IOException {
        Path file = dir.resolve("empty.warc");
        Files.write(file, new byte[0]);
        List<IngestResult> results = collector(new byte[0]).collect(List.of(file.toString()));
        assertEquals(1, results.size());
        assertInstanceOf(IngestResult.Rejected.class, results.get(0));
    }

    @Test
    void an_archive_is_read_one_record_at_a_time_as_its_pages_are_used() {
        WarcFixture fixture = new WarcFixture();
        for (int i = 0; i < 40; i++) {
            fixture.html("https://port.example/" + i, PAGE);
        }
        byte[] bytes = fixture.plain();
        CountingInput in = new CountingInput(bytes);
        WarcArticleReader reader = new WarcArticleReader(new HtmlArticleReader(), null, 1_000_000);
        try (WarcArticleReader.Cursor cursor = reader.open(in, "many.warc")) {
            assertInstanceOf(IngestResult.Parsed.class, cursor.next().orElseThrow());
            assertTrue(in.read < bytes.length / 4, in.read + " of " + bytes.length + " bytes read for the first page");
            int pages = 1;
            while (cursor.next().isPresent()) {
                pages++;
            }
            assertEquals(40, pages);
            assertEquals(40, cursor.summary().articles());
        }
    }

    @Test
    void an_archive_summary_is_recorded_when_the_archive_has_been_read_to_its_end() throws IOException {
        Files.write(dir.resolve("a.warc"), new WarcFixture().html("https://port.example/a", PAGE)
                .html("https://port.example/b", PAGE).plain());
        InputCollector collector = collector(new byte[0]);
        try (InputCollector.Inputs inputs = collector.open(List.of(dir.toString()))) {
            inputs.next();
            assertTrue(collector.archives().isEmpty(), "summary before the archive's end");
            inputs.next();
            assertTrue(!inputs.hasNext());
            assertEquals(2, collector.archives().get(0).articles());
        }
    }

    /** Counts the bytes taken from it, to see how far a reader has gone. */
    private static final class CountingInput extends ByteArrayInputStream {
        int read;

        CountingInput(byte[] bytes) {
            super(bytes);
        }

        @Override
        public synchronized int read() {
            int b = super.read();
            if (b >= 0) {
                read++;
            }
            return b;
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            int n = super.read(b, off, len);
            read += Math.max(0, n);
            return n;
        }
    }
}
