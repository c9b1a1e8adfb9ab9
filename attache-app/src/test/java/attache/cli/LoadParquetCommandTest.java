package attache.cli;

import attache.model.AnalyzedArticle;
import attache.output.DocumentWriter;
import attache.store.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code attache load-parquet} on tables shaped as the Spark job writes them (here written by
 * DuckDB from hand-built articles, so no model and no Spark): the store it fills is the one storing
 * the articles directly fills, and loading twice changes nothing.
 */
class LoadParquetCommandTest {

    @TempDir
    Path dir;

    private static List<AnalyzedArticle> articles() {
        return List.of(WireCopies.wire(), WireCopies.reprint(), WireCopies.ownReport());
    }

    @Test
    void loaded_tables_give_the_store_that_storing_the_articles_gives() throws Exception {
        Path out = sparkOutput();
        Path direct = dir.resolve("direct");
        try (KnowledgeBase kb = KnowledgeBase.open(direct)) {
            articles().forEach(kb::store);
            kb.mergeEvents();
        }
        Path loaded = dir.resolve("loaded");
        CliRun run = CliRun.of("load-parquet", out.toString(), "--db", loaded.toString());
        assertEquals(0, run.exit(), run.stderr());
        assertTrue(run.stderr().contains("3 inserted, 0 replaced, 0 unchanged; 1 rejected inputs logged"), run.stderr());

        for (String q : List.of("SELECT id, url, outlet, title, published, content_hash, text, body, story_id, document"
                        + " FROM articles ORDER BY id", "SELECT * FROM events ORDER BY event_id",
                "SELECT * FROM actor_mentions ORDER BY ALL", "SELECT * FROM merged_events ORDER BY ALL",
                "SELECT * FROM merged_event_members ORDER BY ALL")) {
            List<String> fromParquet = rows(loaded, q);
            assertFalse(fromParquet.isEmpty(), q);
            assertEquals(rows(direct, q), fromParquet, q);
        }
        assertEquals(List.of("origin=wire.jsonl:4\treason=malformed JSON\t"),
                rows(loaded, "SELECT origin, reason FROM ingest_log"));

        CliRun again = CliRun.of("load-parquet", out.toString(), "--db", loaded.toString());
        assertEquals(0, again.exit(), again.stderr());
        assertTrue(again.stderr().contains("0 inserted, 0 replaced, 3 unchanged"), again.stderr());
        assertEquals(rows(direct, "SELECT * FROM merged_events ORDER BY ALL"),
                rows(loaded, "SELECT * FROM merged_events ORDER BY ALL"));
        assertEquals(1, rows(loaded, "SELECT * FROM ingest_log").size(), "a rejection is logged once");
    }

    @Test
    void a_folder_without_the_documents_table_is_refused_naming_it() {
        CliRun run = CliRun.of("load-parquet", dir.resolve("nothing-here").toString(), "--db",
                dir.resolve("db").toString());
        assertEquals(2, run.exit());
        assertTrue(run.stderr().contains("nothing-here") && run.stderr().contains("Spark job"), run.stderr());
    }

    /** The documents and rejected tables of a Spark run over the three articles and one bad line. */
    private Path sparkOutput() throws Exception {
        Path out = dir.resolve("spark-out");
        Files.createDirectories(out.resolve("documents"));
        Files.createDirectories(out.resolve("rejected"));
        DocumentWriter writer = new DocumentWriter();
        try (Connection c = new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:", new Properties());
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE documents (id VARCHAR, origin VARCHAR, document VARCHAR)");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO documents VALUES (?, ?, ?)")) {
                for (AnalyzedArticle a : articles()) {
                    ps.setString(1, a.article().id());
                    ps.setString(2, a.article().origin());
                    ps.setString(3, writer.toJsonLine(a));
                    ps.execute();
                }
            }
            st.execute("COPY documents TO '" + out.resolve("documents/part-00000.parquet") + "' (FORMAT PARQUET)");
            st.execute("COPY (SELECT 'wire.jsonl:4' AS source, 'malformed JSON' AS reason) TO '"
                    + out.resolve("rejected/part-00000.parquet") + "' (FORMAT PARQUET)");
        }
        return out;
    }

    private static List<String> rows(Path db, String sql) throws Exception {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection c = new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:" + db.resolve("attache.duckdb"),
                readOnly); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    sb.append(meta.getColumnName(i)).append('=').append(rs.getString(i)).append('\t');
                }
                rows.add(sb.toString());
            }
            return rows;
        }
    }
}
