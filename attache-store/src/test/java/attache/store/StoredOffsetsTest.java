package attache.store;

import attache.store.testing.Stories;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every offset the store keeps points at the text it stores beside it, in the stored article text. */
class StoredOffsetsTest {

    /** table, text column, start column, end column. */
    private static final List<String[]> SPANS = List.of(
            new String[]{"boilerplate", "text", "start_char", "end_char"},
            new String[]{"entities", "text", "start_char", "end_char"},
            new String[]{"times", "text", "start_char", "end_char"},
            new String[]{"quotes", "text", "start_char", "end_char"},
            new String[]{"actor_mentions", "text", "start_char", "end_char"},
            new String[]{"events", "trigger_text", "trigger_start", "trigger_end"},
            new String[]{"events", "evidence_text", "evidence_start", "evidence_end"},
            new String[]{"event_mentions", "text", "start_char", "end_char"});

    @TempDir
    Path dir;

    @Test
    void every_stored_offset_covers_its_stored_text() throws SQLException {
        try (ArticleStore store = ArticleStore.open(dir)) {
            store.store(Stories.talks());
            store.store(Stories.aid());
            store.store(Stories.protest());
            store.store(Stories.talksCorrected());
            int checked = 0;
            try (Statement st = store.connection().createStatement()) {
                for (String[] s : SPANS) {
                    for (String[] row : rows(st, s)) {
                        String text = row[0];
                        String covered = text.substring(Integer.parseInt(row[2]), Integer.parseInt(row[3]));
                        assertEquals(row[1], covered, s[0] + "." + s[1]);
                        checked++;
                    }
                }
                checked += checkParticipants(st);
            }
            assertTrue(checked > 30, "checked " + checked);
        }
    }

    /** Event parties have offsets but no stored text: they must lie inside the article. */
    private static int checkParticipants(Statement st) throws SQLException {
        int n = 0;
        try (ResultSet rs = st.executeQuery("SELECT length(a.text), e.source_start, e.source_end, "
                + "coalesce(e.target_end, 0), coalesce(e.place_end, 0) FROM events e JOIN articles a ON a.id = e.article_id")) {
            while (rs.next()) {
                int length = rs.getInt(1);
                assertTrue(rs.getInt(2) < rs.getInt(3) && rs.getInt(3) <= length);
                assertTrue(rs.getInt(4) <= length && rs.getInt(5) <= length);
                n++;
            }
        }
        return n;
    }

    private static List<String[]> rows(Statement st, String[] s) throws SQLException {
        String sql = "SELECT a.text, t." + s[1] + ", t." + s[2] + ", t." + s[3] + " FROM " + s[0]
                + " t JOIN articles a ON a.id = t.article_id WHERE t." + s[2] + " IS NOT NULL";
        List<String[]> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(new String[]{rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
            }
        }
        return out;
    }
}
