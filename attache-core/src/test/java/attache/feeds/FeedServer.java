package attache.feeds;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A web server on loopback for feed tests: serves what each path is set to, 404 for the rest, and
 * counts the requests each path received. Public so the command-line tests can use it too.
 */
public final class FeedServer implements AutoCloseable {

    private record Response(int status, String contentType, byte[] body) {
    }

    private final HttpServer server;
    private final Map<String, Response> responses = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    public FeedServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            Response r = responses.getOrDefault(path, new Response(404, "text/plain", "not here".getBytes(StandardCharsets.UTF_8)));
            exchange.getResponseHeaders().set("Content-Type", r.contentType());
            exchange.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(r.body());
            }
        });
        server.start();
    }

    /** The full address of {@code path} on this server. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public FeedServer serve(String path, String contentType, String body) {
        return serve(path, 200, contentType, body);
    }

    public FeedServer serve(String path, int status, String contentType, String body) {
        responses.put(path, new Response(status, contentType, body.getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    /** Requests {@code path} has received. */
    public int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
