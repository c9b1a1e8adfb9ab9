package attache.cli;

import attache.feeds.FeedServer;
import attache.store.ArticleStore;
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

/** {@code attache watch --once} against feeds on loopback, end to end on the shared CoreNLP engine. */
class WatchCommandIT {

    @TempDir
    Path dir;

    @Test
    void ingests_new_items_once_across_runs_and_reports_a_failing_feed() throws SQLException {
        try (FeedServer server = new FeedServer()) {
            server.serve("/talks", "text/html; charset=utf-8", WarcCommandIT.TALKS)
                    .serve("/protest", "text/html; charset=utf-8", WarcCommandIT.PROTEST)
                    .serve("/rss.xml", "application/rss+xml", "<rss version=\"2.0\"><channel><title>Wire</title>"
                            + "<item><guid>talks-1</guid><link>" + server.url("/talks") + "</link></item>"
                            + "<item><guid>gone-1</guid><link>" + server.url("/gone") + "</link></item>"
                            + "</channel></rss>")
                    .serve("/atom.xml", "application/atom+xml", "<feed xmlns=\"http://www.w3.org/2005/Atom\">"
                            + "<entry><id>protest-1</id><link href=\"" + server.url("/protest") + "\"/></entry></feed>")
                    .serve("/down.xml", 503, "text/plain", "maintenance");
            String db = dir.resolve("db").toString();
            String[] feeds = {server.url("/rss.xml"), server.url("/atom.xml"), server.url("/down.xml")};

            CliRun first = CliRun.of(args(db, feeds));
            assertEquals(1, first.exit(), first.stderr());
            assertTrue(first.stderr().contains(server.url("/rss.xml") + ": 2 items, 2 new, 1 ingested, 0 refused, 1 failed"),
                    first.stderr());
            assertTrue(first.stderr().contains(server.url("/atom.xml") + ": 1 items, 1 new, 1 ingested"), first.stderr());
            assertTrue(first.stderr().contains(server.url("/down.xml") + ": feed failed: HTTP 503"), first.stderr());

            CliRun second = CliRun.of(args(db, server.url("/rss.xml"), server.url("/atom.xml")));
            assertEquals(0, second.exit(), second.stderr());
            assertTrue(second.stderr().contains(server.url("/atom.xml") + ": 1 items, 0 new, 0 ingested"), second.stderr());
            assertEquals(1, server.hits("/talks"));
            assertEquals(1, server.hits("/protest"));

            try (ArticleStore store = ArticleStore.openReadOnly(dir.resolve("db"))) {
                assertEquals(2L, store.tableCounts().get("articles"));
                assertTrue(store.tableCounts().get("events") > 0);
                assertEquals(List.of("gone-1 retry", "protest-1 ingested", "talks-1 ingested"), seen(store));
            }
        }
    }

    private static String[] args(String db, String... feeds) {
        List<String> args = new ArrayList<>(List.of("watch", "--once", "--threads", "2", "--db", db));
        args.addAll(List.of(feeds));
        return args.toArray(String[]::new);
    }

    private static List<String> seen(ArticleStore store) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement st = store.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT item_key, status FROM feed_items ORDER BY item_key")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2));
            }
        }
        return rows;
    }
}
