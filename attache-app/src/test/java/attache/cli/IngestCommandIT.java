package attache.cli;

import attache.store.ArticleStore;
import attache.store.EventQuery;
import attache.store.EventRow;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code attache ingest} and the query commands end to end, on the shared CoreNLP engine. */
class IngestCommandIT {

    @TempDir
    Path dir;

    @Test
    void ingesting_the_same_corpus_twice_leaves_every_table_count_unchanged() throws IOException {
        Path corpus = CliRun.corpus(dir);
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path db = dir.resolve("db");

        CliRun first = CliRun.of("ingest", "--db", db.toString(), corpus.toString(), empty.toString());
        assertEquals(1, first.exit(), first.stderr());
        assertTrue(first.stderr().contains("8 inserted, 0 replaced, 0 unchanged"), first.stderr());
        Map<String, Long> before = counts(db);
        assertEquals(8L, before.get("articles"));
        assertEquals(1L, before.get("ingest_log"));
        assertTrue(before.get("events") > 0, "no events coded: " + before);
        assertTrue(before.get("stories") > 0 && before.get("merged_events") > 0, "nothing merged: " + before);
        assertEquals(before.get("events"), before.get("merged_event_members"), "every event in one merged event");
        assertTrue(Files.isDirectory(db.resolve("search")), "no search index");

        CliRun second = CliRun.of("ingest", "--db", db.toString(), corpus.toString(), empty.toString());
        assertEquals(1, second.exit(), second.stderr());
        assertTrue(second.stderr().contains("0 inserted, 0 replaced, 8 unchanged"), second.stderr());
        assertEquals(before, counts(db));

        // analysed again by the same coder: every document comes out byte for byte as stored
        CliRun third = CliRun.of("ingest", "--reanalyse", "--db", db.toString(), corpus.toString());
        assertEquals(0, third.exit(), third.stderr());
        assertTrue(third.stderr().contains("8 of 8 inputs analysed"), third.stderr());
        assertTrue(third.stderr().contains("0 inserted, 0 replaced, 8 unchanged"), third.stderr());
        assertEquals(before, counts(db));
    }

    @Test
    void the_query_commands_read_what_ingest_stored() throws IOException {
        Path db = dir.resolve("db");
        assertEquals(0, CliRun.of("ingest", "--db", db.toString(), CliRun.corpus(dir).toString()).exit());
        List<EventRow> stored;
        try (ArticleStore store = ArticleStore.openReadOnly(db)) {
            stored = store.events(EventQuery.ALL);
        }

        CliRun events = CliRun.of("events", "--db", db.toString(), "--format", "json");
        assertEquals(0, events.exit(), events.stderr());
        List<JsonNode> rows = jsonLines(events.stdout());
        assertEquals(stored.size(), rows.size());
        assertEquals(stored.get(0).eventId(), rows.get(0).get("event_id").asText());

        CliRun csv = CliRun.of("events", "--db", db.toString(), "--format", "csv");
        assertEquals(stored.size() + 1, csv.stdout().lines().filter(l -> l.matches("^(event_id|s\\d#).*")).count());

        String source = stored.get(0).sourceCode();
        CliRun timeline = CliRun.of("timeline", "--db", db.toString(), "--actor", source, "--format", "table");
        assertEquals(0, timeline.exit(), timeline.stderr());
        assertTrue(timeline.stdout().contains(stored.get(0).eventId()), timeline.stdout());

        CliRun quotes = CliRun.of("quotes", "--db", db.toString(), "--speaker", "locsin", "--format", "json");
        assertEquals(0, quotes.exit(), quotes.stderr());
        assertTrue(quotes.stdout().contains("We will not be bullied"), quotes.stdout());

        CliRun stats = CliRun.of("stats", "--db", db.toString(), "--format", "csv");
        assertTrue(stats.stdout().contains("table,articles,,8"), stats.stdout());
    }

    @Test
    void a_query_on_a_missing_store_says_so() {
        CliRun run = CliRun.of("events", "--db", dir.resolve("nothing").toString());
        assertEquals(2, run.exit());
        assertTrue(run.stderr().contains("no store"), run.stderr());
        assertFalse(Files.exists(dir.resolve("nothing")));
    }

    static Map<String, Long> counts(Path db) {
        try (ArticleStore store = ArticleStore.openReadOnly(db)) {
            return store.tableCounts();
        }
    }

    private static List<JsonNode> jsonLines(String text) {
        ObjectMapper mapper = new ObjectMapper();
        return text.lines().filter(l -> !l.isBlank()).map(l -> {
            try {
                return mapper.readTree(l);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
