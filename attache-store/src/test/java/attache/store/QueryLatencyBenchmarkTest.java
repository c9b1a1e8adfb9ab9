package attache.store;

import attache.model.Plover;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Query latency of the store at 10,000 and 100,000 events, for BENCHMARKS.md. Off by default (a
 * measurement, not a test): run with {@code -Dstore.bench=true}. Synthetic articles and events are
 * generated inside DuckDB, so filling the tables takes seconds; the queries are the real ones the
 * CLI runs.
 */
class QueryLatencyBenchmarkTest {

    private static final String[] ACTORS = {"USAGOV", "PRKGOV", "KORGOV", "RUSGOV", "UKRGOV", "CHNGOV", "IRNGOV",
        "ISRGOV", "TURGOV", "IGOUNO"};

    @TempDir
    Path dir;

    @Test
    void measures_query_latency_at_ten_and_a_hundred_thousand_events() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("store.bench"), "a benchmark: run with -Dstore.bench=true");
        for (int events : new int[] {10_000, 100_000}) {
            Path db = dir.resolve("db" + events);
            try (ArticleStore store = ArticleStore.open(db)) {
                fill(store.connection(), events);
                report(events, "events by actor, page of 100",
                        () -> store.events(EventQuery.ALL.withActor("PRK").page(100, 0)).size());
                report(events, "events by dyad and month",
                        () -> store.events(EventQuery.ALL.withDyad("USA", "PRK")
                                .between(LocalDate.of(2019, 10, 1), LocalDate.of(2019, 10, 31))).size());
                report(events, "events by CAMEO root 19", () -> store.events(EventQuery.ALL.withCameo("19")).size());
                report(events, "events by type ASSAULT, page of 100",
                        () -> store.events(EventQuery.ALL.withType(Plover.ASSAULT).page(100, 0)).size());
                report(events, "timeline PRK with USA", () -> store.timeline("PRK", Optional.of("USA")).size());
                report(events, "stats", () -> store.stats().topActors().size());
                // what every ingest pays after its batch: merged events are recomputed from all events
                report(events, "merged events rebuilt", () -> {
                    int[] merged = new int[1];
                    store.inTransaction("merge", () -> merged[0] = new MergedEventWriter(store.connection()).rebuild());
                    return merged[0];
                });
            }
        }
    }

    private static void fill(Connection c, int events) throws Exception {
        int articles = events / 2;
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO articles (id, url, outlet, title, published, content_hash, origin, text, body) "
                    + "SELECT 'a' || i, 'https://example.org/' || i, 'outlet' || (i % 50), 'title', "
                    + "DATE '2019-01-01' + CAST(i % 365 AS INTEGER), md5(i::VARCHAR), 'bench', 'text', 'body' "
                    + "FROM range(" + articles + ") t(i)");
            String actors = "['" + String.join("','", ACTORS) + "']";
            s.execute("INSERT INTO events SELECT 'a' || (i // 2) || '#' || (i % 2), 'a' || (i // 2), i % 2, "
                    + "'src', " + actors + "[1 + i % 10], substr(" + actors + "[1 + i % 10], 1, 3), 'GOV', 0, 3, "
                    + "'tgt', " + actors + "[1 + (i // 10) % 10], substr(" + actors + "[1 + (i // 10) % 10], 1, 3), "
                    + "'GOV', 4, 7, "
                    + "['CONSULT','ACCUSE','ASSAULT','AGREE'][1 + i % 4], NULL, ['040','112','190','036'][1 + i % 4], "
                    + "['04','11','19','03'][1 + i % 4], 'name', [1,3,4,1][1 + i % 4], 1.0, "
                    + "strftime(DATE '2019-01-01' + CAST(i % 365 AS INTEGER), '%Y-%m-%d'), "
                    + "DATE '2019-01-01' + CAST(i % 365 AS INTEGER), DATE '2019-01-01' + CAST(i % 365 AS INTEGER), "
                    + "NULL, 'text', NULL, NULL, NULL, NULL, NULL, NULL, false, 'asserted', NULL, NULL, NULL, NULL, "
                    + "0, 0, 3, 'met', 0, 10, 'evidence', 'bench', 0.9 FROM range(" + events + ") t(i)");
        }
    }

    private static void report(int events, String query, Supplier<Integer> run) {
        run.get();
        int repeats = 5;
        long start = System.nanoTime();
        int rows = 0;
        for (int k = 0; k < repeats; k++) {
            rows = run.get();
        }
        double ms = (System.nanoTime() - start) / 1e6 / repeats;
        System.out.printf(Locale.ROOT, "| %,d | %s | %d | %.1f |%n", events, query, rows, ms);
    }
}
