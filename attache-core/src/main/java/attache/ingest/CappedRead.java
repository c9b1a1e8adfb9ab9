package attache.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a stream whole, but stops at a size limit, so a compressed bomb, an endless pipe or a feed
 * server that never ends its body cannot exhaust memory. The caller says how passing the limit is
 * reported: each reader names its input and reason its own way.
 */
public final class CappedRead {

    /** Looks at the count of bytes read so far, and throws once it passes the limit. */
    @FunctionalInterface
    public interface Limit {
        void check(long total) throws IOException;
    }

    private CappedRead() {
    }

    /** The stream's bytes, {@code limit} checked after each block read. */
    public static byte[] readAll(InputStream in, Limit limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[65536];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            limit.check(total);
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
