package attache.ingest;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonArticleReaderTest {

    private final JsonArticleReader reader = new JsonArticleReader(Optional.empty(), 1000);

    private String rejection(String json) {
        return assertInstanceOf(IngestResult.Rejected.class, reader.readLine(json, "f.jsonl", 7, "f")).reason();
    }

    @Test
    void reads_the_input_contract_fields() {
        IngestResult r = reader.readLine("{\"id\":\"x\",\"url\":\"https://example.org/a\",\"published\":"
                + "\"2019-10-07T08:15:00+09:00\",\"title\":\"Talks\",\"text\":\"Envoys met.\"}", "f.jsonl", 1, "f");
        var a = assertInstanceOf(IngestResult.Parsed.class, r).article();
        assertEquals("x", a.id());
        assertEquals(LocalDate.of(2019, 10, 7), a.published());
        assertEquals("Talks", a.title());
        assertEquals("f.jsonl:1", a.origin());
    }

    @Test
    void gives_a_record_without_id_one_from_its_file_and_line() {
        var a = ((IngestResult.Parsed) reader.readLine("{\"published\":\"2020-01-02\",\"text\":\"T.\"}", "f.jsonl",
                7, "f")).article();
        assertEquals("f-7", a.id());
    }

    @Test
    void explains_what_is_missing_or_wrong() {
        assertEquals("no \"text\" field", rejection("{\"published\":\"2020-01-02\"}"));
        assertEquals("empty \"text\"", rejection("{\"published\":\"2020-01-02\",\"text\":\"  \"}"));
        assertTrue(rejection("{\"text\":\"T.\"}").startsWith("no publication date"));
        assertTrue(rejection("{\"published\":\"last week\",\"text\":\"T.\"}").startsWith("cannot read the publication date"));
        assertTrue(rejection("[1,2]").startsWith("expected a JSON object"));
        assertTrue(rejection("{\"published\":\"2020-01-02\",\"text\":\"" + "x".repeat(1001) + "\"}").contains("above the limit"));
    }

    @Test
    void uses_the_fallback_date_only_when_the_record_has_none() {
        JsonArticleReader withFallback = new JsonArticleReader(Optional.of(LocalDate.of(2000, 1, 1)), 1000);
        var dated = ((IngestResult.Parsed) withFallback.readLine("{\"published\":\"2020-01-02\",\"text\":\"T.\"}", "f", 1, "f"));
        var undated = ((IngestResult.Parsed) withFallback.readLine("{\"text\":\"T.\"}", "f", 2, "f"));
        assertEquals(LocalDate.of(2020, 1, 2), dated.article().published());
        assertEquals(LocalDate.of(2000, 1, 1), undated.article().published());
    }

    @Test
    void reads_an_array_document_as_many_articles() {
        List<IngestResult> results = reader.readDocument("[{\"published\":\"2020-01-02\",\"text\":\"A.\"},"
                + "{\"text\":\"B.\"}]", "arr.json", "arr");
        assertEquals(2, results.size());
        assertEquals("arr-1", ((IngestResult.Parsed) results.get(0)).article().id());
        assertEquals("arr.json[1]", results.get(1).origin());
    }
}
