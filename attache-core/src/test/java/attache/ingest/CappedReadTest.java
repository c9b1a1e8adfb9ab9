package attache.ingest;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CappedReadTest {

    @Test
    void reads_the_whole_stream_checking_each_running_total() throws IOException {
        byte[] bytes = new byte[150_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        List<Long> totals = new ArrayList<>();
        assertArrayEquals(bytes, CappedRead.readAll(new ByteArrayInputStream(bytes), totals::add));
        assertEquals(150_000L, totals.get(totals.size() - 1));
    }

    @Test
    void the_limit_stops_the_read_with_the_callers_error() {
        byte[] bytes = new byte[200_000];
        IOException e = assertThrows(IOException.class, () -> CappedRead.readAll(new ByteArrayInputStream(bytes),
                total -> {
                    if (total > 100_000) {
                        throw new IOException("over " + total);
                    }
                }));
        assertEquals("over 131072", e.getMessage());
    }
}
