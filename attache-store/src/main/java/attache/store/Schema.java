package attache.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The store's tables ({@code schema.sql}), created when absent. The version lives in the
 * {@code meta} table so a store written by another schema is refused rather than misread.
 */
final class Schema {

    /** Bump when a column changes meaning or disappears, and say so in docs/store.md. */
    static final int VERSION = 1;

    /** Every table, in the order {@link ArticleStore#tableCounts()} reports them. */
    static final List<String> TABLES = List.of("articles", "boilerplate", "entities", "times", "quotes",
            "actor_mentions", "events", "event_mentions", "ingest_log", "stories", "merged_events",
            "merged_event_members", "feed_items", "feed_failures", "claims", "claim_events", "positions", "account_relations");

    private Schema() {
    }

    static void create(Connection db) throws SQLException {
        db.setAutoCommit(false);
        try (Statement st = db.createStatement()) {
            for (String sql : statements()) {
                st.execute(sql);
            }
            // Stores written before articles kept their output document get the column, empty; their
            // articles are analysed again by the next ingest (ArticleStore.storedHash).
            st.execute("ALTER TABLE articles ADD COLUMN IF NOT EXISTS document VARCHAR");
            try (PreparedStatement ps = db.prepareStatement(
                    "INSERT INTO meta (key, value) VALUES ('schema_version', ?) ON CONFLICT DO NOTHING")) {
                ps.setString(1, Integer.toString(VERSION));
                ps.executeUpdate();
            }
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
        check(db);
    }

    /** Refuses a store whose schema version is not ours. */
    static void check(Connection db) throws SQLException {
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
            String found = rs.next() ? rs.getString(1) : "none";
            if (!Integer.toString(VERSION).equals(found)) {
                throw new SQLException("store has schema version " + found + ", this build reads " + VERSION);
            }
        }
    }

    private static List<String> statements() {
        try (InputStream in = Schema.class.getResourceAsStream("schema.sql")) {
            if (in == null) {
                throw new IllegalStateException("schema.sql missing from the classpath");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String withoutComments = text.replaceAll("(?m)^--.*$", "");
            return java.util.Arrays.stream(withoutComments.split(";\\s*\\n"))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
