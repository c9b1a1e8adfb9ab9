package attache.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text input into a string, refusing what is not text: empty input, binary
 * content and bytes that are not UTF-8 each get a reason a user can act on.
 */
public final class TextDecoder {

    private final long maxBytes;

    /** @param maxBytes the largest single input accepted */
    public TextDecoder(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public String decode(byte[] bytes, String origin) {
        checkSize(bytes.length, origin);
        if (bytes.length == 0) {
            throw new InputException(origin, "empty input");
        }
        if (looksBinary(bytes)) {
            throw new InputException(origin, "binary content, not text");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int skip = hasBom(bytes) ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        try {
            return decoder.decode(buffer).toString();
        } catch (MalformedInputException e) {
            throw new InputException(origin, "not valid UTF-8 (bad byte at offset " + buffer.position() + ")");
        } catch (CharacterCodingException e) {
            throw new InputException(origin, "not valid UTF-8");
        }
    }

    public void checkSize(long length, String origin) {
        if (length > maxBytes) {
            throw new InputException(origin, String.format(java.util.Locale.ROOT,
                    "input is %.1f MB, above the limit of %.1f MB for one input", length / 1e6, maxBytes / 1e6));
        }
    }

    /** NUL bytes, or many control characters, do not occur in text. */
    static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > sample / 20;
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
    }
}
