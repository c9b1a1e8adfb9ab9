package attache.store;

import attache.store.testing.Stories;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleStoreTest {

    @TempDir
    Path dir;

    @Test
    void stores_an_article_with_every_layer() {
        try (ArticleStore store = ArticleStore.open(dir)) {
            assertEquals(StoreResult.INSERTED, store.store(Stories.talks()));
            Map<String, Long> counts = store.tableCounts();
            assertEquals(1, counts.get("articles"));
            assertEquals(1, counts.get("boilerplate"));
            assertEquals(5, counts.get("entities"));
            assertEquals(1, counts.get("times"));
            assertEquals(1, counts.get("quotes"));
            assertEquals(5, counts.get("actor_mentions"));
            assertEquals(3, counts.get("events"));
            assertEquals(4, counts.get("event_mentions"));
        }
    }

    @Test
    void storing_the_same_article_again_changes_no_count() {
        try (ArticleStore store = ArticleStore.open(dir)) {
            store.store(Stories.talks());
            store.store(Stories.aid());
            Map<String, Long> before = store.tableCounts();
            assertEquals(StoreResult.UNCHANGED, store.store(Stories.talks()));
            assertEquals(StoreResult.UNCHANGED, store.store(Stories.aid()));
            assertEquals(before, store.tableCounts());
        }
    }

    @Test
    void the_same_input_analysed_differently_replaces_the_stored_analysis() {
        try (ArticleStore store = ArticleStore.open(dir)) {
            store.store(Stories.talks());
            // what a newer coder could make of the same article: one event fewer
            var recoded = Stories.talks().withEvents(Stories.talks().events().subList(0, 2));
            assertEquals(StoreResult.REPLACED, store.store(recoded));
            assertEquals(2, store.tableCounts().get("events"));
            assertEquals(1, store.tableCounts().get("articles"));
            assertEquals(StoreResult.UNCHANGED, store.store(recoded));
            assertEquals(StoreResult.REPLACED, store.store(Stories.talks()));
            assertEquals(3, store.tableCounts().get("events"));
        }
    }

    @Test
    void an_unchanged_article_is_known_before_analysis() {
        try (ArticleStore store = ArticleStore.open(dir)) {
            store.store(Stories.talks());
            assertTrue(store.isStored(Stories.talks().article()));
            assertEquals(false, store.isStored(Stories.talksCorrected().article()));
            assertEquals(false, store.isStored(Stories.aid().article()));
        }
    }

    @Test
    void changed_text_replaces_the_old_facts_and_leaves_no_orphans() throws SQLException {
        Map<String, Long> expected;
        try (ArticleStore clean = ArticleStore.open(dir.resolve("clean"))) {
            clean.store(Stories.talksCorrected());
            clean.store(Stories.aid());
            expected = clean.tableCounts();
        }
        try (ArticleStore store = ArticleStore.open(dir.resolve("replaced"))) {
            store.store(Stories.talks());
            store.store(Stories.aid());
            assertEquals(StoreResult.REPLACED, store.store(Stories.talksCorrected()));
            assertEquals(expected, store.tableCounts());
            assertEquals(0, orphans(store));
            assertEquals("North Korea and the United States met in Stockholm on Saturday.",
                    store.events(EventQuery.ALL.withSource("PRK")).get(0).evidenceText());
        }
    }

    @Test
    void a_replaced_event_leaves_its_merged_group() throws SQLException {
        try (ArticleStore store = ArticleStore.open(dir)) {
            store.store(Stories.talks());
            try (Statement st = store.connection().createStatement()) {
                st.execute("INSERT INTO merged_event_members VALUES ('m1', 'talks#0'), ('m1', 'aid#0')");
            }
            store.store(Stories.talksCorrected());
            assertEquals(1, store.tableCounts().get("merged_event_members"));
        }
    }

    @Test
    void rejected_inputs_are_logged_once_in_order() {
        Clock clock = Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC);
        try (ArticleStore store = ArticleStore.open(dir, clock)) {
            store.logRejected("b.json", "malformed JSON");
            store.logRejected("a.txt", "no date");
            store.logRejected("b.json", "malformed JSON");
            List<IngestLogEntry> log = store.ingestLog();
            assertEquals(List.of("b.json", "a.txt"), log.stream().map(IngestLogEntry::origin).toList());
            assertEquals("no date", log.get(1).reason());
            assertEquals("2024-05-01T10:00", log.get(0).loggedAt().toString());
            assertEquals(2, store.tableCounts().get("ingest_log"));
        }
    }

    @Test
    void a_reopened_store_keeps_what_was_stored() {
        try (ArticleStore store = ArticleStore.open(dir)) {
            store.store(Stories.talks());
        }
        try (ArticleStore store = ArticleStore.openReadOnly(dir)) {
            assertEquals(3, store.events(EventQuery.ALL).size());
        }
        try (ArticleStore store = ArticleStore.open(dir)) {
            assertEquals(StoreResult.UNCHANGED, store.store(Stories.talks()));
        }
    }

    @Test
    void a_store_of_another_schema_version_is_refused() throws SQLException {
        try (ArticleStore store = ArticleStore.open(dir);
             Statement st = store.connection().createStatement()) {
            st.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'");
        }
        StoreException e = assertThrows(StoreException.class, () -> ArticleStore.open(dir));
        assertTrue(e.getMessage().contains("schema version 99"), e.getMessage());
    }

    @Test
    void opening_a_missing_store_read_only_says_so() {
        StoreException e = assertThrows(StoreException.class, () -> ArticleStore.openReadOnly(dir.resolve("none")));
        assertTrue(e.getMessage().contains("no store"), e.getMessage());
    }

    /** Fact rows whose article, or event, is not stored. */
    private static long orphans(ArticleStore store) throws SQLException {
        long total = 0;
        try (Statement st = store.connection().createStatement()) {
            for (String table : List.of("boilerplate", "entities", "times", "quotes", "actor_mentions", "events",
                    "event_mentions")) {
                total += count(st, "SELECT count(*) FROM " + table + " WHERE article_id NOT IN (SELECT id FROM articles)");
            }
            total += count(st, "SELECT count(*) FROM event_mentions WHERE event_id NOT IN (SELECT event_id FROM events)");
        }
        return total;
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
