package attache.feeds;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebFetcherTest {

    @TempDir
    Path dir;

    private HttpServer server;
    private final AtomicReference<String> userAgent = new AtomicReference<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/page", ex -> {
            userAgent.set(ex.getRequestHeaders().getFirst("User-Agent"));
            send(ex, 200, "hello".getBytes(StandardCharsets.UTF_8));
        });
        server.createContext("/moved", ex -> {
            ex.getResponseHeaders().set("Location", url("/page"));
            send(ex, 302, new byte[0]);
        });
        server.createContext("/gzipped", ex -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                gz.write("unzipped".getBytes(StandardCharsets.UTF_8));
            }
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            send(ex, 200, out.toByteArray());
        });
        server.createContext("/big", ex -> send(ex, 200, new byte[5_000]));
        server.createContext("/slow", ex -> {
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write('x');
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (InterruptedException | IOException e) {
                // the client hung up, as it should
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static void send(com.sun.net.httpserver.HttpExchange ex, int status, byte[] body) throws IOException {
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private final WebFetcher fetcher = new WebFetcher(Duration.ofSeconds(2), 1_000);

    @Test
    void fetches_with_a_user_agent_following_redirects() throws FeedException {
        Fetched f = fetcher.fetch(url("/moved"));
        assertEquals("hello", new String(f.body(), StandardCharsets.UTF_8));
        assertEquals(url("/page"), f.address());
        assertTrue(userAgent.get().startsWith("Attache/"), userAgent.get());
    }

    @Test
    void undoes_gzip_content_encoding() throws FeedException {
        assertEquals("unzipped", new String(fetcher.fetch(url("/gzipped")).body(), StandardCharsets.UTF_8));
    }

    @Test
    void refuses_a_body_above_the_limit() {
        FeedException e = assertThrows(FeedException.class, () -> fetcher.fetch(url("/big")));
        assertTrue(e.getMessage().contains("larger than the limit"), e.getMessage());
    }

    @Test
    void an_http_error_names_the_status() {
        FeedException e = assertThrows(FeedException.class, () -> fetcher.fetch(url("/nothing-here")));
        assertEquals("HTTP 404", e.getMessage());
    }

    @Test
    void a_body_that_trickles_in_is_cut_off_at_the_timeout() {
        WebFetcher patient = new WebFetcher(Duration.ofMillis(800), 1_000_000);
        long start = System.nanoTime();
        FeedException e = assertThrows(FeedException.class, () -> patient.fetch(url("/slow")));
        assertTrue(e.getMessage().startsWith("timed out"), e.getMessage());
        assertTrue(System.nanoTime() - start < 8_000_000_000L, "not cut off before the server finished (10 s)");
    }

    @Test
    void reads_file_urls_and_paths_and_names_a_missing_file() throws Exception {
        Path file = Files.writeString(dir.resolve("feed.xml"), "<rss/>");
        assertEquals("<rss/>", new String(fetcher.fetch(file.toUri().toString()).body(), StandardCharsets.UTF_8));
        assertEquals("<rss/>", new String(fetcher.fetch(file.toString()).body(), StandardCharsets.UTF_8));
        FeedException e = assertThrows(FeedException.class, () -> fetcher.fetch(dir.resolve("none.xml").toString()));
        assertTrue(e.getMessage().startsWith("no such file"), e.getMessage());
    }

    @Test
    void a_closed_port_is_a_connection_failure() throws IOException {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        FeedException e = assertThrows(FeedException.class, () -> fetcher.fetch("http://127.0.0.1:" + port + "/x"));
        assertTrue(e.getMessage().startsWith("cannot connect"), e.getMessage());
    }
}
