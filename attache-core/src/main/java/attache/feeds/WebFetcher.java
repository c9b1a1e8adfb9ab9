package attache.feeds;

import attache.ingest.CappedRead;


import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;

/**
 * Fetches over HTTP(S) with the JDK's client: connect and request timeouts, redirects followed (not
 * from https to http), a User-Agent that names Attaché, gzip accepted, and a size limit so an
 * endless or huge response cannot exhaust memory. {@code file:} URLs and plain paths are read from
 * disk, so feeds can be tested, or kept, locally. Thread-safe.
 */
public final class WebFetcher implements Fetcher {

    public static final String USER_AGENT = "Attache/0.1 (news event coder)";

    /** One daemon thread for every fetcher: it only closes streams whose time is up. */
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "attache-fetch-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final HttpClient client;
    private final Duration timeout;
    private final long maxBytes;

    /**
     * @param timeout  the longest wait to connect, and for a whole response
     * @param maxBytes the largest body accepted
     */
    public WebFetcher(Duration timeout, long maxBytes) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    @Override
    public Fetched fetch(String address) throws FeedException {
        String lower = address.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return http(address);
        }
        return file(address);
    }

    private Fetched http(String address) throws FeedException {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(address)).timeout(timeout).header("User-Agent", USER_AGENT)
                    .header("Accept-Encoding", "gzip").GET().build();
        } catch (IllegalArgumentException e) {
            throw new FeedException("not a valid address: " + e.getMessage());
        }
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new FeedException("timed out after " + timeout.toSeconds() + " s");
        } catch (IOException e) {
            throw new FeedException("cannot connect: " + describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedException("interrupted");
        }
        InputStream raw = response.body();
        // The client's timeout ends at the headers; a server that then sends its body a byte a minute
        // is cut off by closing the stream under the reader when the time is up.
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            timedOut.set(true);
            closeQuietly(raw);
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        try (raw) {
            if (response.statusCode() / 100 != 2) {
                throw new FeedException("HTTP " + response.statusCode());
            }
            boolean gzip = response.headers().firstValue("Content-Encoding").map(v -> v.equalsIgnoreCase("gzip"))
                    .orElse(false);
            byte[] body = readCapped(gzip ? new GZIPInputStream(raw) : raw);
            return new Fetched(response.uri().toString(), body,
                    response.headers().firstValue("Content-Type").orElse(null));
        } catch (IOException e) {
            throw new FeedException(timedOut.get() ? "timed out after " + timeout.toSeconds() + " s reading the response"
                    : "cannot read the response: " + describe(e));
        } finally {
            watchdog.cancel(false);
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // the reader sees the stream closed, which is the point
        }
    }

    private Fetched file(String address) throws FeedException {
        Path path;
        try {
            path = address.toLowerCase(Locale.ROOT).startsWith("file:") ? Path.of(URI.create(address)) : Path.of(address);
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            throw new FeedException("not a valid file address: " + e.getMessage());
        }
        if (!Files.isRegularFile(path)) {
            throw new FeedException("no such file: " + path);
        }
        try (InputStream in = Files.newInputStream(path)) {
            return new Fetched(path.toUri().toString(), readCapped(in), null);
        } catch (IOException e) {
            throw new FeedException("cannot read " + path + ": " + describe(e));
        }
    }

    private byte[] readCapped(InputStream in) throws IOException {
        return CappedRead.readAll(in, total -> {
            if (total > maxBytes) {
                throw new IOException("larger than the limit of " + maxBytes / 1_000_000 + " MB");
            }
        });
    }

    private static String describe(IOException e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
