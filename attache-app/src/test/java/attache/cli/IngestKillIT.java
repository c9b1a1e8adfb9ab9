package attache.cli;

import attache.store.ArticleStore;
import attache.store.EventQuery;
import attache.store.EventRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real kill -9 in the middle of an ingest: a child JVM ingests the corpus, is killed as soon as it
 * has stored one article, and a re-run completes the store with nothing duplicated.
 */
class IngestKillIT {

    @TempDir
    Path dir;

    @Test
    void a_killed_ingest_rerun_stores_every_article_exactly_once() throws Exception {
        Path corpus = CliRun.corpus(dir);
        Path killed = dir.resolve("killed");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx3g", "-Xss8m", "-cp", System.getProperty("java.class.path"), "attache.cli.Main",
                "ingest", "--db", killed.toString(), "--threads", "1", "-v", corpus.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        List<String> stored = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Void> firstStored = watch(child, stored);
        try {
            firstStored.get(300, TimeUnit.SECONDS);
        } finally {
            child.destroyForcibly();
            child.waitFor(60, TimeUnit.SECONDS);
        }
        assertTrue(stored.size() >= 1 && stored.size() < 8, "killed after " + stored);

        CliRun rerun = CliRun.of("ingest", "--db", killed.toString(), corpus.toString());
        assertEquals(0, rerun.exit(), rerun.stderr());
        assertTrue(rerun.stderr().matches("(?s).*\\d inserted, 0 replaced, [1-7] unchanged.*"), rerun.stderr());
        Path clean = dir.resolve("clean");
        assertEquals(0, CliRun.of("ingest", "--db", clean.toString(), corpus.toString()).exit());

        Map<String, Long> afterKill = IngestCommandIT.counts(killed);
        assertEquals(8L, afterKill.get("articles"));
        assertEquals(IngestCommandIT.counts(clean), afterKill);
        assertEquals(events(clean), events(killed));
    }

    /** Completes when the child reports its first stored article; fails if it ends before that. */
    private static CompletableFuture<Void> watch(Process child, List<String> stored) {
        CompletableFuture<Void> first = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(
                    new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = err.readLine()) != null; ) {
                    if (line.startsWith("attache: stored ")) {
                        stored.add(line);
                        first.complete(null);
                    }
                }
            } catch (IOException e) {
                // The stream closes when the child is killed.
            }
            first.completeExceptionally(new AssertionError("the child ended before storing an article"));
        }, "child-stderr");
        reader.setDaemon(true);
        reader.start();
        return first;
    }

    private static List<EventRow> events(Path db) {
        try (ArticleStore store = ArticleStore.openReadOnly(db)) {
            return store.events(EventQuery.ALL);
        }
    }
}
