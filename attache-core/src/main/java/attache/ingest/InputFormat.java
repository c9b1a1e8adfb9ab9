package attache.ingest;

import java.util.Locale;
import java.util.Optional;

/** The formats Attaché reads, told apart by file name or, for standard input, by content. */
public enum InputFormat {
    JSON, JSONL, TEXT, HTML,
    /** A web archive (WARC), plain or gzipped record by record: many pages in one file. */
    WARC;

    private static final byte[] WARC_MAGIC = "WARC/1.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** The format a file name says, looking through a trailing {@code .gz}. */
    public static Optional<InputFormat> ofFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
            return Optional.of(JSONL);
        }
        if (n.endsWith(".json")) {
            return Optional.of(JSON);
        }
        if (n.endsWith(".txt") || n.endsWith(".text")) {
            return Optional.of(TEXT);
        }
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return Optional.of(HTML);
        }
        if (n.endsWith(".warc")) {
            return Optional.of(WARC);
        }
        return Optional.empty();
    }

    /**
     * Whether the first bytes of an unnamed input are a web archive: they start with the WARC
     * version line, or are gzip data that does.
     */
    public static boolean isWarc(byte[] head) {
        if (startsWith(head, WARC_MAGIC)) {
            return true;
        }
        if (head.length < 2 || (head[0] & 0xff) != 0x1f || (head[1] & 0xff) != 0x8b) {
            return false;
        }
        try (java.io.InputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(head))) {
            return startsWith(in.readNBytes(WARC_MAGIC.length), WARC_MAGIC);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length
                && java.util.Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** The format content appears to be in, for input without a name. */
    public static InputFormat sniff(String content) {
        String head = content.stripLeading();
        if (head.startsWith("{") || head.startsWith("[")) {
            int firstBreak = head.indexOf('\n');
            boolean oneObjectPerLine = firstBreak > 0 && head.substring(0, firstBreak).strip().endsWith("}")
                    && head.substring(firstBreak).strip().startsWith("{");
            return oneObjectPerLine ? JSONL : JSON;
        }
        String lower = head.length() > 200 ? head.substring(0, 200).toLowerCase(Locale.ROOT) : head.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.contains("<body")) {
            return HTML;
        }
        return TEXT;
    }

    /** The file name without its format extensions: the article id of a one-article file. */
    public static String baseName(String fileName) {
        String n = fileName;
        if (n.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
