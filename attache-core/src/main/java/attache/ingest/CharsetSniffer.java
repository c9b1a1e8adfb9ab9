package attache.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how to decode an HTML file's bytes, as browsers do for a local file: a byte-order mark
 * wins, then a charset declared in a meta tag near the start, then UTF-8.
 */
final class CharsetSniffer {

    private static final int PRESCAN_BYTES = 4096;
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private static final Pattern HEADER_CHARSET =
            Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private CharsetSniffer() {
    }

    /** The charset to decode {@code bytes} with. */
    static Charset detect(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? named(m.group(1)) : StandardCharsets.UTF_8;
    }

    /** The decoded text, without a byte-order mark. */
    static String decode(byte[] bytes) {
        return decode(bytes, null);
    }

    /**
     * The decoded text of bytes served with a charset in their HTTP header (null when none was
     * declared): a byte-order mark wins over the header, and the header over a meta tag.
     */
    static String decode(byte[] bytes, Charset declared) {
        Charset charset = declared == null || hasBom(bytes) ? detect(bytes) : declared;
        String text = new String(bytes, charset);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The charset a Content-Type value such as {@code text/html; charset=ISO-8859-1} names, or null. */
    static Charset fromContentType(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = HEADER_CHARSET.matcher(contentType);
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static boolean hasBom(byte[] bytes) {
        return startsWith(bytes, 0xEF, 0xBB, 0xBF) || startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE);
    }

    private static Charset named(String name) {
        try {
            Charset cs = Charset.forName(name.toLowerCase(Locale.ROOT));
            // A page whose meta tag we could read is ASCII-compatible, whatever it claims (HTML spec).
            return cs.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : cs;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
