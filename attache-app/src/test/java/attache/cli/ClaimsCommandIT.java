package attache.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two articles, each with one side's account of the same talks ({@code claims/two-accounts.jsonl},
 * written for this test): ingested, the talks merge into one event, and {@code attache conflicts
 * --scope store} finds the two accounts in conflict across the articles; {@code attache claims}
 * lists each side's claim.
 */
class ClaimsCommandIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private static List<JsonNode> lines(String out) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                rows.add(MAPPER.readTree(line));
            }
        }
        return rows;
    }

    @Test
    void accounts_in_two_articles_of_one_event_conflict_across_the_store() throws IOException {
        Path input = dir.resolve("two-accounts.jsonl");
        try (InputStream in = ClaimsCommandIT.class.getResourceAsStream("/claims/two-accounts.jsonl")) {
            Files.copy(in, input);
        }
        Path db = dir.resolve("db");
        CliRun ingest = CliRun.of("ingest", "--db", db.toString(), input.toString());
        assertEquals(0, ingest.exit(), ingest.stderr());

        List<JsonNode> bolivia = lines(CliRun.of("claims", "--db", db.toString(), "--actor", "BOL", "--format", "json").stdout());
        assertEquals(1, bolivia.size(), bolivia.toString());
        assertEquals("positive", bolivia.get(0).get("assessment").asText());
        assertTrue(bolivia.get(0).get("content").asText().startsWith("the talks were productive"));
        List<JsonNode> chile = lines(CliRun.of("claims", "--db", db.toString(), "--actor", "CHL", "--format", "json").stdout());
        assertEquals("negative", chile.get(0).get("assessment").asText());

        List<JsonNode> across = lines(CliRun.of("conflicts", "--db", db.toString(), "--scope", "store", "--format", "json")
                .stdout());
        assertEquals(1, across.size(), across.toString());
        JsonNode conflict = across.get(0);
        assertEquals("conflict", conflict.get("relation").asText());
        assertEquals("store", conflict.get("scope").asText());
        assertEquals(List.of("BOL", "CHL"), List.of(conflict.get("side").asText(), conflict.get("other_side").asText()));
        assertEquals(bolivia.get(0).get("claim").asText(), conflict.get("claims").get(0).asText());
        assertEquals(chile.get(0).get("claim").asText(), conflict.get("other_claims").get(0).asText());

        List<JsonNode> about = lines(CliRun.of("claims", "--db", db.toString(), "--event", conflict.get("event").asText(),
                "--format", "json").stdout());
        assertEquals(2, about.size(), "the merged event's claims, one from each article: " + about);
        assertTrue(lines(CliRun.of("conflicts", "--db", db.toString(), "--scope", "article", "--format", "json").stdout())
                .isEmpty(), "neither article holds both accounts");
    }
}
