package attache.cli;

import attache.store.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Stories and merged events as the store writes them while articles arrive (no model: hand-built articles). */
class StoryMergeTest {

    @TempDir
    Path dir;

    @Test
    void two_copies_of_one_wire_story_from_two_outlets_make_one_story_and_one_event_with_two_sources()
            throws SQLException {
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            kb.store(WireCopies.reprint());
            kb.store(WireCopies.wire());
            assertEquals(1, kb.mergeEvents());

            List<List<Object>> articles = rows(kb, "SELECT id, story_id FROM articles ORDER BY id");
            assertNotNull(articles.get(0).get(1));
            assertEquals(articles.get(0).get(1), articles.get(1).get(1));
            assertEquals(List.of(List.of(articles.get(0).get(1), "andes-wire-accord", 2, 2)),
                    rows(kb, "SELECT story_id, first_article_id, num_articles, num_sources FROM stories"));
            assertEquals(List.of(List.of(2, 2, 2, 1)), rows(kb,
                    "SELECT num_mentions, num_sources, num_articles, num_stories FROM merged_events"));
            assertEquals(2L, kb.store().tableCounts().get("merged_event_members"));
        }
    }

    @Test
    void a_separately_written_report_of_the_same_accord_is_another_story_but_the_same_event() throws SQLException {
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            kb.store(WireCopies.wire());
            kb.store(WireCopies.reprint());
            kb.store(WireCopies.ownReport());
            kb.mergeEvents();

            List<List<Object>> stories = rows(kb, "SELECT story_id FROM articles ORDER BY id");
            assertEquals(stories.get(0), stories.get(1));
            assertNotEquals(stories.get(1), stories.get(2));
            assertEquals(2L, kb.store().tableCounts().get("stories"));
            assertEquals(List.of(List.of(3, 3, 3, 2)), rows(kb,
                    "SELECT num_mentions, num_sources, num_articles, num_stories FROM merged_events"));
        }
    }

    @Test
    void storing_the_same_articles_again_after_reopening_changes_no_table_and_no_merged_id() throws SQLException {
        Map<String, Long> before;
        List<List<Object>> merged;
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            kb.store(WireCopies.wire());
            kb.store(WireCopies.reprint());
            kb.mergeEvents();
            before = kb.store().tableCounts();
            merged = rows(kb, "SELECT * FROM merged_events ORDER BY merged_id");
        }
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            kb.store(WireCopies.reprint());
            kb.store(WireCopies.wire());
            kb.mergeEvents();
            assertEquals(before, kb.store().tableCounts());
            assertEquals(merged, rows(kb, "SELECT * FROM merged_events ORDER BY merged_id"));
        }
    }

    @Test
    void merging_after_every_article_ends_where_merging_once_does() throws SQLException {
        List<List<Object>> once;
        List<List<Object>> onceMembers;
        try (KnowledgeBase kb = KnowledgeBase.open(dir.resolve("once"))) {
            kb.store(WireCopies.wire());
            kb.store(WireCopies.reprint());
            kb.store(WireCopies.ownReport());
            kb.mergeEvents();
            once = rows(kb, "SELECT * FROM merged_events ORDER BY merged_id");
            onceMembers = rows(kb, "SELECT * FROM merged_event_members ORDER BY ALL");
        }
        try (KnowledgeBase kb = KnowledgeBase.open(dir.resolve("stepwise"))) {
            // each merge keeps the rows that did not change and rewrites the others
            kb.store(WireCopies.ownReport());
            kb.mergeEvents();
            kb.store(WireCopies.wire());
            kb.mergeEvents();
            kb.store(WireCopies.reprint());
            kb.mergeEvents();
            assertEquals(once, rows(kb, "SELECT * FROM merged_events ORDER BY merged_id"));
            assertEquals(onceMembers, rows(kb, "SELECT * FROM merged_event_members ORDER BY ALL"));
            kb.mergeEvents();
            assertEquals(once, rows(kb, "SELECT * FROM merged_events ORDER BY merged_id"));
        }
    }

    private static List<List<Object>> rows(KnowledgeBase kb, String sql) throws SQLException {
        List<List<Object>> out = new ArrayList<>();
        try (Statement st = kb.store().connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    Object v = rs.getObject(i);
                    row.add(v instanceof Number num && !(v instanceof Double) ? num.intValue() : v);
                }
                out.add(row);
            }
        }
        return out;
    }
}
