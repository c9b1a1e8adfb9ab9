package attache.cli;

import attache.testing.SharedData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line end to end, on the shared CoreNLP engine. */
class ProcessCommandIT {

    private static final Main.Models MODELS = new Main.Models(attache.testing.Models::engine);

    @TempDir
    Path dir;

    private record Run(int exit, String stderr) {
    }

    private static Run run(String... args) {
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return new Run(Main.run(MODELS, args), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(oldErr);
        }
    }

    private Path stories() throws IOException {
        Path p = dir.resolve("stories.jsonl");
        try (InputStream in = getClass().getResourceAsStream("/stories/stories.jsonl")) {
            Files.copy(in, p);
        }
        return p;
    }

    private static List<JsonNode> read(Path out) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        return Files.readAllLines(out).stream().map(l -> {
            try {
                return mapper.readTree(l);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void writes_one_document_per_article_and_reports_bad_inputs_at_the_end() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.json"), "");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"text\": \"unterminated");
        Path german = Files.writeString(dir.resolve("de.json"), "{\"published\":\"2021-01-01\",\"text\":\"Die Regierung "
                + "teilte am Montag mit, dass die Gespräche mit den Nachbarn in der nächsten Woche fortgesetzt werden "
                + "sollen, nachdem die letzte Runde ohne Ergebnis geblieben war und beide Seiten sich über die Grenze "
                + "nicht einigen konnten.\"}");
        Path out = dir.resolve("out/docs.jsonl");
        Run run = run("process", "--output", out.toString(), empty.toString(), stories().toString(), broken.toString(),
                german.toString(), dir.resolve("missing.txt").toString());
        assertEquals(1, run.exit(), run.stderr());
        List<JsonNode> docs = read(out);
        assertEquals(List.of("oslo-talks", "vienna-iaea"), docs.stream().map(d -> d.get("id").asText()).toList());
        assertTrue(run.stderr().contains("2 of 6 inputs analysed"), run.stderr());
        assertTrue(run.stderr().contains(empty + ": empty input"), run.stderr());
        assertTrue(run.stderr().contains(broken + ": malformed JSON"), run.stderr());
        assertTrue(run.stderr().contains(german + ": not in English"), run.stderr());
        assertTrue(run.stderr().contains("missing.txt: no such file or folder"), run.stderr());
    }

    @Test
    void every_offset_points_at_its_text() throws IOException {
        Path out = dir.resolve("docs.jsonl");
        assertEquals(0, run("process", "--output", out.toString(), stories().toString()).exit());
        for (JsonNode doc : read(out)) {
            String text = doc.get("text").asText();
            for (String layer : List.of("boilerplate", "entities", "times", "quotes")) {
                for (JsonNode item : doc.get(layer)) {
                    String expected = text.substring(item.get("start").asInt(), item.get("end").asInt());
                    if (item.has("parts") && item.get("parts").size() > 1) {
                        continue; // a split quote's text leaves out the attribution between its parts
                    }
                    assertEquals(expected, item.get("text").asText(), layer + " in " + doc.get("id"));
                }
            }
            assertTrue(doc.get("entities").size() > 3, doc.get("id").asText());
        }
    }

    @Test
    void output_is_byte_identical_whatever_the_thread_count() throws IOException {
        Path one = dir.resolve("one.jsonl");
        Path two = dir.resolve("two.jsonl");
        Path input = stories();
        assertEquals(0, run("process", "--threads", "1", "--output", one.toString(), input.toString()).exit());
        assertEquals(0, run("process", "--threads", "2", "--output", two.toString(), input.toString(), input.toString())
                .exit());
        String single = Files.readString(one);
        assertEquals(single + single, Files.readString(two));
    }

    @Test
    void founding_article_keeps_its_entities() throws IOException {
        Path seed = SharedData.require("eval/seed/article.json");
        Path out = dir.resolve("seed.jsonl");
        assertEquals(0, run("process", "--output", out.toString(), seed.toString()).exit());
        JsonNode doc = read(out).get(0);
        List<String> names = new java.util.ArrayList<>();
        doc.get("entities").forEach(e -> names.add(e.get("text").asText() + "/" + e.get("type").asText()));
        for (String expected : List.of("Lee Do-hoon/PERSON", "Stephen Biegun/PERSON", "Kim Myong-gil/PERSON",
                "Stockholm/LOCATION", "U.S. State Department/ORGANIZATION")) {
            assertTrue(names.contains(expected), expected + " in " + names);
        }
        doc.get("entities").forEach(e -> {
            if (e.get("text").asText().equals("Lee")) {
                assertEquals("Lee Do-hoon", e.get("canonical").asText());
            }
        });
    }
}
