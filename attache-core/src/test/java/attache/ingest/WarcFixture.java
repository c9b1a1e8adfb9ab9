package attache.ingest;

import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * Builds real web archives for tests with jwarc's own writer: HTTP responses written byte for byte
 * as a server sends them (status line, headers, chunked or gzipped bodies), and the other record
 * types a crawl holds. Public so that the CLI and store tests can build archives too.
 */
public final class WarcFixture {

    public static final Instant FETCHED = Instant.parse("2024-03-05T10:15:30Z");

    private final List<WarcRecord> records = new ArrayList<>();
    private int next = 1;

    /** A short news page of our own, dated by its meta tag unless {@code date} is null. */
    public static String page(String headline, String date, String... paragraphs) {
        StringBuilder sb = new StringBuilder("<html><head><title>").append(headline).append("</title>");
        if (date != null) {
            sb.append("<meta property=\"article:published_time\" content=\"").append(date).append("\">");
        }
        sb.append("</head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>")
                .append(headline).append("</h1>");
        for (String p : paragraphs) {
            sb.append("<p>").append(p).append("</p>");
        }
        return sb.append("</article></body></html>").toString();
    }

    /** A 200 response with an HTML body, sent whole with a Content-Length. */
    public WarcFixture html(String url, String html) {
        return response(url, http(200, "text/html; charset=utf-8", List.of(), html.getBytes(StandardCharsets.UTF_8)));
    }

    /** A 200 response whose HTML is encoded in {@code charset}, declared only in the HTTP header. */
    public WarcFixture html(String url, String html, Charset charset) {
        return response(url, http(200, "text/html; charset=" + charset.name(), List.of(), html.getBytes(charset)));
    }

    /** A 200 response sent gzipped and in chunks of {@code chunk} bytes, as a streaming server does. */
    public WarcFixture chunkedGzipHtml(String url, String html, int chunk) {
        byte[] gz = gzip(html.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < gz.length; i += chunk) {
            int n = Math.min(chunk, gz.length - i);
            body.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            body.write(gz, i, n);
            body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        body.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return response(url, http(200, "text/html", List.of("Transfer-Encoding: chunked", "Content-Encoding: gzip"),
                body.toByteArray(), false));
    }

    /** A response of any status and type. */
    public WarcFixture status(String url, int status, String contentType, String body) {
        return response(url, http(status, contentType, status / 100 == 3 ? List.of("Location: " + url + "/moved")
                : List.of(), body.getBytes(StandardCharsets.UTF_8)));
    }

    public WarcFixture request(String url) {
        byte[] get = ("GET " + URI.create(url).getPath() + " HTTP/1.1\r\nHost: " + URI.create(url).getHost()
                + "\r\nUser-Agent: test\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        return add(new WarcRequest.Builder(url).recordId(uuid()).date(FETCHED).body(MediaType.HTTP_REQUEST, get)
                .build());
    }

    public WarcFixture revisit(String url) {
        byte[] head = "HTTP/1.1 304 Not Modified\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        return add(new WarcRevisit.Builder(url, WarcRevisit.SERVER_NOT_MODIFIED_1_1).recordId(uuid()).date(FETCHED)
                .body(MediaType.HTTP_RESPONSE, head).build());
    }

    public WarcFixture metadata(String url) {
        return add(new WarcMetadata.Builder().targetURI(url).recordId(uuid()).date(FETCHED)
                .body(MediaType.WARC_FIELDS, "fetchTimeMs: 120\r\n".getBytes(StandardCharsets.US_ASCII)).build());
    }

    /** A resource record: the page itself with no HTTP around it (as wget --warc writes local files). */
    public WarcFixture resource(String url, String html) {
        return add(new WarcResource.Builder(URI.create(url)).recordId(uuid()).date(FETCHED)
                .body(MediaType.parse("text/html"), html.getBytes(StandardCharsets.UTF_8)).build());
    }

    /** The record ids given so far, in order: {@code 00000000-0000-4000-8000-00000000000N}. */
    public static String idOf(int n) {
        return String.format("00000000-0000-4000-8000-%012d", n);
    }

    public byte[] plain() {
        return write(WarcCompression.NONE);
    }

    public byte[] gzipped() {
        return write(WarcCompression.GZIP);
    }

    private byte[] write(WarcCompression compression) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), compression)) {
            for (WarcRecord r : records) {
                writer.write(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private WarcFixture response(String url, byte[] http) {
        return add(new WarcResponse.Builder(url).recordId(uuid()).date(FETCHED).body(MediaType.HTTP_RESPONSE, http)
                .build());
    }

    private WarcFixture add(WarcRecord record) {
        records.add(record);
        return this;
    }

    private UUID uuid() {
        return UUID.fromString(idOf(next++));
    }

    private static byte[] http(int status, String contentType, List<String> headers, byte[] body) {
        return http(status, contentType, headers, body, true);
    }

    private static byte[] http(int status, String contentType, List<String> headers, byte[] body, boolean length) {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(status == 200 ? " OK" : " Other")
                .append("\r\nContent-Type: ").append(contentType).append("\r\n");
        if (length) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        headers.forEach(h -> head.append(h).append("\r\n"));
        head.append("\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        return out.toByteArray();
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
