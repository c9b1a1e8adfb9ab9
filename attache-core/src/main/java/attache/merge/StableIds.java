package attache.merge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Ids derived from content, so that they are the same on every run and every machine. */
final class StableIds {

    private static final int HEX_CHARS = 16;

    private StableIds() {
    }

    /** {@code prefix} then the first 64 bits of the SHA-256 of {@code key}, in hex: "s-3f2a…". */
    static String of(String prefix, String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return prefix + HexFormat.of().formatHex(digest).substring(0, HEX_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
