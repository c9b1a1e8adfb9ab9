package attache.store;

import attache.merge.ArticleText;
import attache.merge.StoryIndex;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps {@code articles.story_id} and the {@code stories} table in step with a {@link StoryIndex} of
 * the stored bodies. The caller owns the transaction: {@link #added} runs inside the one that stores
 * the article, so an article and its story commit together.
 */
final class StoryWriter {

    /** One story's row, from its members: named by the earliest (published, then id), as the index names it. */
    private static final String STORY_ROW = "INSERT INTO stories SELECT story_id,"
            + " first(id ORDER BY published, id), first(title ORDER BY published, id), min(published),"
            + " max(published), count(*), count(DISTINCT coalesce(outlet, 'article:' || id))"
            + " FROM articles WHERE story_id = ? GROUP BY story_id";

    private final Connection db;
    private StoryIndex index;

    private StoryWriter(Connection db, StoryIndex index) {
        this.db = db;
        this.index = index;
    }

    /** An index of every stored body, added by publication date then id so that runs are alike. */
    static StoryWriter load(Connection db) throws SQLException {
        return new StoryWriter(db, index(db));
    }

    /**
     * After an article is written: an inserted one joins the index and its story's members get the
     * story's id (the id may be new for all of them: see {@link StoryIndex}); a replaced one has a new
     * text, which the index cannot take back, so the index is rebuilt and every changed id written.
     */
    void added(String articleId, StoreResult result) throws SQLException {
        if (result == StoreResult.REPLACED) {
            index = index(db);
            writeChanged();
            return;
        }
        String storyId = index.add(articleText(articleId));
        List<String> members = index.sameStory(articleId);
        List<String> stale = storedIds(members).values().stream().filter(Objects::nonNull).distinct().sorted()
                .toList();
        for (String member : members) {
            setStory(member, storyId);
        }
        for (String old : stale) {
            refreshStory(old);
        }
        refreshStory(storyId);
    }

    /**
     * Writes every story id that differs from the index, and the stories they touch. Heals a store
     * written before stories were kept, or by a run killed between commits; changes nothing otherwise.
     */
    void writeChanged() throws SQLException {
        Map<String, String> stored = storedIds();
        List<String> touched = new ArrayList<>();
        for (Map.Entry<String, String> e : index.storyIds().entrySet()) {
            String old = stored.get(e.getKey());
            if (!e.getValue().equals(old)) {
                setStory(e.getKey(), e.getValue());
                touched.add(e.getValue());
                if (old != null) {
                    touched.add(old);
                }
            }
        }
        for (String story : touched.stream().distinct().sorted().toList()) {
            refreshStory(story);
        }
        try (Statement st = db.createStatement()) {
            st.executeUpdate("DELETE FROM stories WHERE story_id NOT IN"
                    + " (SELECT story_id FROM articles WHERE story_id IS NOT NULL)");
        }
    }

    private static StoryIndex index(Connection db) throws SQLException {
        StoryIndex index = new StoryIndex();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, coalesce(outlet, ''), published, body FROM articles"
                     + " ORDER BY published, id")) {
            while (rs.next()) {
                index.add(new ArticleText(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                        rs.getString(4)));
            }
        }
        return index;
    }

    private ArticleText articleText(String id) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT coalesce(outlet, ''), published, body FROM articles WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("article " + id + " is not stored");
                }
                return new ArticleText(id, rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3));
            }
        }
    }

    private Map<String, String> storedIds() throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, story_id FROM articles")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    /** The stored story ids of some articles only: an insert must not read the whole table. */
    private Map<String, String> storedIds(List<String> ids) throws SQLException {
        Map<String, String> out = new HashMap<>();
        String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement ps = db.prepareStatement("SELECT id, story_id FROM articles WHERE id IN (" + marks + ")")) {
            Rows.bind(ps, ids.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    private void setStory(String articleId, String storyId) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("UPDATE articles SET story_id = ? WHERE id = ?")) {
            Rows.bind(ps, storyId, articleId);
            ps.executeUpdate();
        }
    }

    /** Rewrites one story's row from its current members; a story with none is gone. */
    private void refreshStory(String storyId) throws SQLException {
        try (PreparedStatement del = db.prepareStatement("DELETE FROM stories WHERE story_id = ?");
             PreparedStatement ins = db.prepareStatement(STORY_ROW)) {
            del.setString(1, storyId);
            del.executeUpdate();
            ins.setString(1, storyId);
            ins.executeUpdate();
        }
    }
}
