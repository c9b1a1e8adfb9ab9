package attache.ingest;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Reads the news pages of a web archive (WARC 1.0/1.1, plain or gzipped record by record, as crawlers
 * and Common Crawl's CC-NEWS write them) into articles, in archive order.
 *
 * <p>A response record of an HTTP 200 whose payload is HTML (text/html, application/xhtml+xml), and a
 * resource record holding HTML, become an article through the {@link HtmlArticleReader}: its id is
 * the WARC-Record-ID (stable wherever the archive is copied), its URL the WARC-Target-URI, its
 * publication date the page's own. Chunked transfer encoding and gzip/deflate content encoding are
 * undone; the charset comes from the HTTP header, else the page. Every other record (requests,
 * metadata, revisits, other statuses, other media types) is skipped and counted by reason. An archive
 * that breaks off (truncated, corrupt) yields the records before the break and one rejection naming
 * the archive and the byte offset where reading stopped.
 *
 * <p>No state is kept between calls: one instance may read many archives, on many threads.
 */
public final class WarcArticleReader {

    private static final List<String> HTML_TYPES = List.of("text/html", "application/xhtml+xml");
    private static final Pattern UUID_ID = Pattern.compile("(?i)^<?urn:uuid:([0-9a-f-]{36})>?$");

    private final HtmlArticleReader html;
    private final LocalDate fallbackDate;
    private final long maxPayloadBytes;

    /**
     * @param html            reads each page
     * @param fallbackDate    the publication date of pages that give none (the user's --published); null
     *                        to refuse such pages (the fetch date is not a publication date)
     * @param maxPayloadBytes the largest record block read; larger records are skipped
     */
    public WarcArticleReader(HtmlArticleReader html, LocalDate fallbackDate, long maxPayloadBytes) {
        this.html = Objects.requireNonNull(html, "html");
        this.fallbackDate = fallbackDate;
        this.maxPayloadBytes = maxPayloadBytes;
    }

    /**
     * Reads one archive, handing each article or refused page to {@code sink} as it is read, and returns
     * the archive's summary. Never throws for bad content: a broken archive ends with one
     * {@link IngestResult.Rejected} for the rest of it.
     *
     * @param in     the archive's bytes, gzipped or not (not closed here)
     * @param source the archive's name, for ids of messages and the summary
     */
    public WarcSummary read(InputStream in, String source, Consumer<IngestResult> sink) {
        try (Cursor cursor = open(in, source)) {
            for (Optional<IngestResult> next = cursor.next(); next.isPresent(); next = cursor.next()) {
                sink.accept(next.get());
            }
            return cursor.summary();
        }
    }

    /**
     * Opens one archive to be read a page at a time, so that an archive of any size holds only the
     * record being read in memory. Never throws for bad content: a broken archive ends with one
     * {@link IngestResult.Rejected} for the rest of it.
     *
     * @param in     the archive's bytes, gzipped or not (not closed here)
     * @param source the archive's name, for ids of messages and the summary
     */
    public Cursor open(InputStream in, String source) {
        return new Cursor(in, source);
    }

    /** One archive being read: the next article or refused page on demand, then the summary. */
    public final class Cursor implements AutoCloseable {
        private final String source;
        private final Tally tally = new Tally();
        private WarcReader reader;
        private WarcSummary summary;
        /** The rejection a break leaves, handed out by the next call. */
        private IngestResult pending;

        private Cursor(InputStream in, String source) {
            this.source = source;
            try {
                this.reader = new WarcReader(new NonClosing(in));
            } catch (IOException | RuntimeException e) {
                breakOff(0, e);
            }
        }

        /** The next article or refused page, or empty at the end of the archive (or after its break). */
        public Optional<IngestResult> next() {
            if (pending != null) {
                IngestResult result = pending;
                pending = null;
                return Optional.of(result);
            }
            while (summary == null) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    return breakOff(reader.position(), e);
                }
                if (next.isEmpty()) {
                    summary = tally.summary(source, null);
                    break;
                }
                WarcRecord record = next.get();
                long offset = record.position();
                byte[] block;
                try {
                    block = readBlock(record);
                } catch (IOException | RuntimeException e) {
                    return breakOff(offset, e);
                }
                tally.records++;
                if (block == null) {
                    tally.skip("record above the size limit");
                    continue;
                }
                Optional<IngestResult> result;
                try {
                    result = readRecord(record, block, source, tally);
                } catch (RuntimeException e) {
                    return breakOff(offset, e);
                }
                if (result.isPresent()) {
                    if (result.get() instanceof IngestResult.Parsed) {
                        tally.articles++;
                    } else {
                        tally.rejected++;
                    }
                    return result;
                }
            }
            return Optional.empty();
        }

        /** Ends the archive at a break: what was read stands, the rest is one rejection, handed out next. */
        private Optional<IngestResult> breakOff(long at, Exception e) {
            summary = tally.brokeOff(source, at, e);
            pending = new IngestResult.Rejected(source + "@" + at, summary.error());
            return next();
        }

        /** What the archive held; complete once {@link #next()} has returned empty. */
        public WarcSummary summary() {
            return summary != null ? summary : tally.summary(source, null);
        }

        @Override
        public void close() {
            if (reader != null) {
                try {
                    reader.close();
                } catch (IOException e) {
                    // the stream is the caller's and NonClosing keeps it open: nothing of ours to release
                }
            }
        }
    }

    /** The record's whole block, or null when it is above the size limit. */
    private byte[] readBlock(WarcRecord record) throws IOException {
        long declared = record.body().size();
        if (declared > maxPayloadBytes) {
            return null;
        }
        byte[] block = record.body().stream().readAllBytes();
        if (block.length < declared) {
            throw new EOFException("record ends after " + block.length + " of its " + declared + " bytes");
        }
        return block;
    }

    /** An article, a refused page, or nothing for a skipped record (counted in the tally). */
    private Optional<IngestResult> readRecord(WarcRecord record, byte[] block, String source, Tally tally) {
        if (record instanceof WarcResponse response) {
            return readResponse(response, block, source, tally);
        }
        if (record instanceof WarcResource resource) {
            String type = resource.contentType().base().toString().toLowerCase(Locale.ROOT);
            if (!HTML_TYPES.contains(type)) {
                tally.skip("not HTML (" + type + ")");
                return Optional.empty();
            }
            Charset charset = CharsetSniffer.fromContentType(resource.contentType().toString());
            return Optional.of(page(resource, block, charset, source));
        }
        tally.skip(record.type() + " record");
        return Optional.empty();
    }

    private Optional<IngestResult> readResponse(WarcResponse response, byte[] block, String source, Tally tally) {
        String origin = origin(source, response);
        HttpResponse http;
        try {
            http = HttpResponse.parse(Channels.newChannel(new ByteArrayInputStream(block)));
        } catch (IOException | RuntimeException e) {
            return Optional.of(new IngestResult.Rejected(origin, "unreadable HTTP response: " + message(e)));
        }
        int status = http.status();
        if (status >= 300 && status < 400) {
            tally.skip("redirect (HTTP " + status + ")");
            return Optional.empty();
        }
        if (status != 200) {
            tally.skip("HTTP status " + status);
            return Optional.empty();
        }
        Optional<String> contentType = http.headers().first("Content-Type");
        String type = contentType.map(t -> t.split(";", 2)[0].strip().toLowerCase(Locale.ROOT)).orElse("");
        if (!HTML_TYPES.contains(type)) {
            tally.skip(type.isEmpty() ? "no content type" : "not HTML (" + type + ")");
            return Optional.empty();
        }
        byte[] payload;
        try {
            payload = decode(http.body().stream().readAllBytes(), http.headers().all("Content-Encoding"));
        } catch (UnsupportedEncoding e) {
            tally.skip("content encoding " + e.getMessage() + " not supported");
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(new IngestResult.Rejected(origin, "cannot decode the page: " + message(e)));
        }
        if (payload.length > maxPayloadBytes) {
            tally.skip("record above the size limit");
            return Optional.empty();
        }
        return Optional.of(page(response, payload, CharsetSniffer.fromContentType(contentType.get()), source));
    }

    private IngestResult page(org.netpreserve.jwarc.WarcTargetRecord record, byte[] payload, Charset charset,
                              String source) {
        String origin = origin(source, record);
        try {
            WebPage page = new WebPage(payload, record.target(), charset, fallbackDate, null);
            return new IngestResult.Parsed(html.read(page, id(record), origin));
        } catch (InputException e) {
            if (e.reason().startsWith("no publication date")) {
                return new IngestResult.Rejected(origin, "no publication date in the page (fetched "
                        + record.date().atZone(ZoneOffset.UTC).toLocalDate()
                        + "; a fetch date is not a publication date): give one with --published");
            }
            return IngestResult.Rejected.of(e);
        }
    }

    /** The undone Content-Encoding of a payload (the transfer's chunking is undone by the HTTP parser). */
    private static byte[] decode(byte[] body, List<String> encodings) throws IOException {
        byte[] data = body;
        // Encodings apply in the order listed, so they are undone last first.
        for (int i = encodings.size() - 1; i >= 0; i--) {
            for (String part : reversed(encodings.get(i).split(","))) {
                String encoding = part.strip().toLowerCase(Locale.ROOT);
                data = switch (encoding) {
                    case "", "identity", "none" -> data;
                    case "gzip", "x-gzip" -> gunzip(data);
                    case "deflate" -> inflate(data);
                    default -> throw new UnsupportedEncoding(encoding);
                };
            }
        }
        return data;
    }

    private static List<String> reversed(String[] parts) {
        List<String> list = new java.util.ArrayList<>(List.of(parts));
        java.util.Collections.reverse(list);
        return list;
    }

    private static byte[] gunzip(byte[] data) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
            return in.readAllBytes();
        }
    }

    /** HTTP's "deflate" is zlib-wrapped, but some servers send raw deflate; both are read. */
    private static byte[] inflate(byte[] data) throws IOException {
        try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(data))) {
            return in.readAllBytes();
        } catch (ZipException e) {
            try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(data), new Inflater(true))) {
                return in.readAllBytes();
            }
        }
    }

    /** The record id's UUID when it is one (the usual form), else a digest of the id: stable and unique. */
    static String id(WarcRecord record) {
        String raw = record.headers().first("WARC-Record-ID").orElse(record.id().toString()).strip();
        java.util.regex.Matcher m = UUID_ID.matcher(raw);
        if (m.matches()) {
            return m.group(1).toLowerCase(Locale.ROOT);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8));
            return "warc-" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JVM", e);
        }
    }

    private static String origin(String source, org.netpreserve.jwarc.WarcTargetRecord record) {
        return source + "@" + record.position() + " (" + record.target() + ")";
    }

    private static String message(Throwable e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** A content encoding this reader does not undo (br, zstd): the record is skipped, not refused. */
    private static final class UnsupportedEncoding extends IOException {
        UnsupportedEncoding(String encoding) {
            super(encoding);
        }
    }

    /** Counts for one archive. */
    private static final class Tally {
        int records;
        int articles;
        int rejected;
        final Map<String, Integer> skipped = new TreeMap<>();

        void skip(String reason) {
            skipped.merge(reason, 1, Integer::sum);
        }

        WarcSummary summary(String source, String error) {
            return new WarcSummary(source, records, articles, rejected, skipped, error);
        }

        /** The summary of an archive that broke off at {@code offset}; its error is the reason. */
        WarcSummary brokeOff(String source, long offset, Exception e) {
            String reason = records == 0 && offset == 0 && !(e instanceof EOFException)
                    ? "not a WARC archive: " + message(e)
                    : (e instanceof EOFException ? "archive truncated" : "archive corrupt") + " at byte " + offset
                    + " (after " + records + " records): " + message(e) + "; the records from there on are not read";
            return summary(source, reason);
        }
    }

    /** A stream whose close leaves the one below open: jwarc closes what it reads, and the caller owns it. */
    static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the caller closes
        }
    }
}
