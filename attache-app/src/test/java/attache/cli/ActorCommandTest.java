package attache.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code attache actor} end to end: no models needed. */
class ActorCommandTest {

    @TempDir
    Path dir;

    private record Run(int exit, List<JsonNode> lines) {
    }

    private static Run run(String... args) throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = Main.run(new Main.Models(() -> {
                throw new AssertionError("actor must not load CoreNLP");
            }), args);
        } finally {
            System.setOut(old);
        }
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> lines = new java.util.ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(mapper.readTree(line));
            }
        }
        return new Run(exit, lines);
    }

    @Test
    void prints_one_actor_per_text_with_what_decided_it() throws Exception {
        Run run = run("actor", "--date", "2019-10-07", "Stephen Biegun", "Pyongyang");
        assertEquals(0, run.exit());
        assertEquals("USAGOV", run.lines().get(0).get("code").asText());
        assertEquals("people:Stephen Biegun", run.lines().get(0).get("source").asText());
        assertEquals("PRK", run.lines().get(1).get("country").asText());
    }

    @Test
    void office_depends_on_the_date() throws Exception {
        assertEquals("GOV", run("actor", "--date", "2019-10-07", "Donald Trump").lines().get(0).get("agent").asText());
        assertEquals("ELI", run("actor", "--date", "2022-06-01", "Donald Trump").lines().get(0).get("agent").asText());
    }

    @Test
    void unresolved_text_gets_a_null_country_a_reason_and_exit_code_one() throws Exception {
        Run run = run("actor", "the weather");
        assertEquals(1, run.exit());
        assertTrue(run.lines().get(0).get("country").isNull());
        assertTrue(run.lines().get(0).get("reason").asText().contains("the weather"));
    }

    @Test
    void a_users_dictionary_adds_people_without_a_rebuild() throws Exception {
        Path dict = Files.writeString(dir.resolve("mine.json"), "{\"people\": [{\"name\": \"Ana Tamsin Vale\", "
                + "\"country\": \"NZL\", \"offices\": [{\"country\": \"NZL\", \"agent\": \"GOV\", \"title\": \"Envoy\", "
                + "\"start\": \"2020-01-01\"}]}]}");
        Run run = run("actor", "--dictionary", dict.toString(), "--date", "2021-01-01", "Ana Tamsin Vale");
        assertEquals("NZLGOV", run.lines().get(0).get("code").asText());
    }
}
