package attache.server;

import attache.store.testing.StoryBuilder;
import attache.store.testing.Stories;

import attache.model.EntityType;
import attache.model.Modality;
import attache.model.Plover;
import attache.store.KnowledgeBase;
import io.javalin.Javalin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A bounded load test on loopback, not a unit test: {@code mvn -pl attache-server test
 * -Dtest=ServerLoadBenchmarkTest -Dserver.bench=true [-Dserver.bench.seconds=30] [-Dserver.bench.clients=50]}.
 * Fifty clients (a fixed pool of 50 threads) take turns at three requests: a {@code GET /api/events}
 * page, and the two an article view costs, its page ({@code GET /}, the UI's HTML) and its document
 * ({@code GET /api/articles/{id}}), on a store of 500 articles (1,000 events, written straight to the
 * ArticleStore to save time); prints p50/p99 latency over all and per request, errors, and the heap
 * after a GC before and after the run.
 */
@EnabledIfSystemProperty(named = "server.bench", matches = "true")
class ServerLoadBenchmarkTest {

    private static final int ARTICLES = 500;

    @TempDir
    Path dir;

    @Test
    void fifty_clients_for_thirty_seconds() throws Exception {
        long seconds = Long.getLong("server.bench.seconds", 30);
        int clients = Integer.getInteger("server.bench.clients", 50);
        try (KnowledgeBase base = KnowledgeBase.open(dir)) {
            fill(base);
            Javalin app = new ApiServer(base, a -> { throw new IllegalStateException("no writes"); },
                    ServerOptions.withToken("t")).app().start("127.0.0.1", 0);
            try {
                long heapBefore = heapAfterGc();
                Result result = run("http://127.0.0.1:" + app.port(), seconds, clients);
                long heapAfter = heapAfterGc();
                System.out.printf(Locale.ROOT, "server bench: %d clients, %d s, %d requests (%.0f/s), %d errors%n",
                        clients, seconds, result.latencies.length, result.latencies.length / (double) seconds,
                        result.errors);
                System.out.printf(Locale.ROOT, "server bench: latency p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                        percentile(result.latencies, 0.50), percentile(result.latencies, 0.99),
                        percentile(result.latencies, 1.0));
                for (int k = 0; k < KINDS.length; k++) {
                    long[] of = result.byKind[k];
                    System.out.printf(Locale.ROOT, "server bench: %-22s %6d requests, p50 %.2f ms, p99 %.2f ms%n",
                            KINDS[k], of.length, percentile(of, 0.50), percentile(of, 0.99));
                }
                System.out.printf(Locale.ROOT, "server bench: heap after GC %d MB before, %d MB after%n",
                        heapBefore >> 20, heapAfter >> 20);
                HttpResponse<String> metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + app.port() + "/metrics")).build(),
                        HttpResponse.BodyHandlers.ofString());
                metrics.body().lines().filter(l -> l.startsWith("attache_http_request_duration"))
                        .forEach(l -> System.out.println("server bench: " + l));
                assertEquals(0, result.errors);
            } finally {
                app.stop();
            }
        }
    }

    /** The requests the clients take turns at. */
    private static final String[] KINDS = {"GET /api/events", "GET / (article page)", "GET /api/articles/{id}"};

    private record Result(long[] latencies, long[][] byKind, long errors) {
    }

    private static Result run(String origin, long seconds, int clients) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Result>> running = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            running.add(pool.submit(() -> client(http, origin, deadline)));
        }
        long errors = 0;
        List<Result> all = new ArrayList<>();
        for (Future<Result> f : running) {
            Result r = f.get();
            errors += r.errors;
            all.add(r);
        }
        pool.shutdown();
        long[] merged = all.stream().flatMapToLong(r -> Arrays.stream(r.latencies)).sorted().toArray();
        long[][] byKind = new long[KINDS.length][];
        for (int k = 0; k < KINDS.length; k++) {
            int kind = k;
            byKind[k] = all.stream().flatMapToLong(r -> Arrays.stream(r.byKind[kind])).sorted().toArray();
        }
        return new Result(merged, byKind, errors);
    }

    private static Result client(HttpClient http, String origin, long deadline) {
        long[] latencies = new long[1 << 16];
        int[] kinds = new int[1 << 16];
        int n = 0;
        long errors = 0;
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (System.nanoTime() < deadline) {
            int kind = n % KINDS.length;
            String path = switch (kind) {
                case 0 -> "/api/events?limit=50&offset=" + random.nextInt(1000);
                case 1 -> "/";
                default -> "/api/articles/story-" + random.nextInt(ARTICLES);
            };
            long start = System.nanoTime();
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(origin + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    errors++;
                }
            } catch (Exception e) {
                errors++;
            }
            if (n == latencies.length) {
                latencies = Arrays.copyOf(latencies, n * 2);
                kinds = Arrays.copyOf(kinds, n * 2);
            }
            kinds[n] = kind;
            latencies[n++] = System.nanoTime() - start;
        }
        long[][] byKind = new long[KINDS.length][];
        for (int k = 0; k < KINDS.length; k++) {
            long[] of = new long[n];
            int j = 0;
            for (int i = 0; i < n; i++) {
                if (kinds[i] == k) {
                    of[j++] = latencies[i];
                }
            }
            byKind[k] = Arrays.copyOf(of, j);
        }
        return new Result(Arrays.copyOf(latencies, n), byKind, errors);
    }

    private static void fill(KnowledgeBase base) {
        LocalDate first = LocalDate.of(2019, 1, 1);
        for (int i = 0; i < ARTICLES; i++) {
            String day = first.plusDays(i % 365).toString();
            String text = "Japan and South Korea held talks in Tokyo on story " + i + ". North Korea did not fire"
                    + " missiles at South Korea.";
            base.store().store(StoryBuilder.article("story-" + i, "https://example.org/" + i, day, text)
                    .entity("Japan", EntityType.LOCATION, Stories.JPN)
                    .entity("North Korea", EntityType.LOCATION, Stories.PRK)
                    .event("Japan", Stories.JPN, "South Korea", Stories.KOR,
                            StoryBuilder.cameo("040", 1, 1.0, Plover.CONSULT), day, "Tokyo", false,
                            Modality.ASSERTED, "held talks", "Japan and South Korea held talks in Tokyo on story " + i
                                    + ".")
                    .event("North Korea did not", Stories.PRK, "at South Korea", Stories.KOR,
                            StoryBuilder.cameo("190", 4, -10.0, Plover.ASSAULT), day, null, true, Modality.ASSERTED,
                            "fire", "North Korea did not fire missiles at South Korea.")
                    .build());
        }
        base.mergeEvents();
    }

    private static long heapAfterGc() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static double percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
