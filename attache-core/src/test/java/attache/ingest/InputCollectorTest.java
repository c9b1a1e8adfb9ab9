package attache.ingest;

import attache.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InputCollectorTest {

    private static final String STORY = "{\"id\":\"s1\",\"published\":\"2021-03-02\",\"text\":\"Ministers met in Oslo.\"}";

    @TempDir
    Path dir;

    private InputCollector collector(String stdin, long maxBytes) {
        Optional<LocalDate> none = Optional.empty();
        return new InputCollector(maxBytes, new JsonArticleReader(none, 100_000),
                new TextArticleReader(none, text -> text.startsWith("OSLO") ? Optional.of(LocalDate.of(2021, 3, 2))
                        : Optional.empty()),
                (page, id, origin) -> new Article(id, null, LocalDate.of(2021, 3, 2), null, "page text", origin),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    }

    private List<IngestResult> collect(String... inputs) {
        return collector("", 1_000_000).collect(List.of(inputs));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
        return p;
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static String reason(IngestResult r) {
        return assertInstanceOf(IngestResult.Rejected.class, r).reason();
    }

    @Test
    void reads_one_article_per_jsonl_line_and_rejects_the_broken_one_alone() throws IOException {
        Path file = write("batch.jsonl", STORY + "\n\n{not json\n" + STORY.replace("s1", "s2") + "\n");
        List<IngestResult> results = collect(file.toString());
        assertEquals(3, results.size());
        assertEquals("s1", ((IngestResult.Parsed) results.get(0)).article().id());
        assertTrue(reason(results.get(1)).startsWith("malformed JSON"));
        assertEquals(file + ":3", results.get(1).origin());
        assertEquals("s2", ((IngestResult.Parsed) results.get(2)).article().id());
    }

    @Test
    void walks_folders_in_name_order_and_skips_unknown_files() throws IOException {
        write("corpus/b.json", STORY.replace("s1", "b"));
        write("corpus/a/z.json", STORY.replace("s1", "az"));
        write("corpus/notes.md", "# not an article");
        List<IngestResult> results = collect(dir.resolve("corpus").toString());
        assertEquals(List.of("az", "b"), results.stream().map(r -> ((IngestResult.Parsed) r).article().id()).toList());
    }

    @Test
    void reads_each_file_only_when_the_one_before_is_used_up() throws IOException {
        write("corpus/a.json", STORY.replace("s1", "a"));
        Path second = write("corpus/b.json", STORY.replace("s1", "b"));
        write("later.json", STORY.replace("s1", "later"));
        try (InputCollector.Inputs inputs = collector("", 1_000_000)
                .open(List.of(dir.resolve("corpus").toString(), dir.resolve("later.json").toString()))) {
            assertEquals("a", ((IngestResult.Parsed) inputs.next()).article().id());
            // what the second file holds when it is reached is what counts: it was not read ahead
            Files.writeString(second, STORY.replace("s1", "b-rewritten"));
            assertEquals("b-rewritten", ((IngestResult.Parsed) inputs.next()).article().id());
            assertEquals("later", ((IngestResult.Parsed) inputs.next()).article().id());
            assertTrue(!inputs.hasNext());
        }
    }

    @Test
    void reads_gzip_of_any_format() throws IOException {
        Path gz = dir.resolve("story.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("OSLO, March 2 -- Ministers met.".getBytes(StandardCharsets.UTF_8));
        }
        Article a = ((IngestResult.Parsed) collect(gz.toString()).get(0)).article();
        assertEquals("story", a.id());
        assertEquals(LocalDate.of(2021, 3, 2), a.published());
    }

    @Test
    void names_the_reason_for_each_bad_input() throws IOException {
        assertEquals("empty input", reason(collect(write("empty.txt", "").toString()).get(0)));
        assertEquals("binary content, not text",
                reason(collect(write("bin.json", new byte[] {1, 2, 0, 3, 4}).toString()).get(0)));
        assertTrue(reason(collect(write("latin1.txt", new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', 'x'}).toString())
                .get(0)).startsWith("not valid UTF-8"));
        assertTrue(reason(collect(write("nodate.txt", "Ministers met in Oslo.").toString()).get(0))
                .startsWith("no publication date"));
        assertTrue(reason(collect(write("x.pdf", "%PDF").toString()).get(0)).startsWith("unknown format"));
        assertEquals("no such file or folder", reason(collect(dir.resolve("missing.json").toString()).get(0)));
        assertTrue(reason(collect(write("broken.txt.gz", "not gzip at all").toString()).get(0)).startsWith("broken gzip"));
    }

    @Test
    void refuses_input_above_the_size_limit_without_reading_it_whole() throws IOException {
        Path big = write("big.txt", "word ".repeat(50_000));
        IngestResult r = collector("", 100_000).collect(List.of(big.toString())).get(0);
        assertTrue(reason(r).contains("above the limit"), reason(r));
    }

    @Test
    void reads_standard_input_by_its_content() {
        List<IngestResult> results = collector(STORY + "\n" + STORY.replace("s1", "s2") + "\n", 1_000_000)
                .collect(List.of("-"));
        assertEquals(2, results.size());
        assertEquals("-:2", results.get(1).origin());
    }
}
