package attache.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * One web archive's articles and refused pages as an iterator, read a record at a time as they are
 * asked for, for readers that hand a batch on lazily (the command line's inputs, a Spark task). At
 * the end of the archive its summary goes to {@code ended} and the stream is closed; an archive with
 * no record at all gives one rejection.
 */
public final class ArchivePages implements Iterator<IngestResult>, AutoCloseable {

    private final InputStream in;
    private final WarcArticleReader.Cursor cursor;
    private final Consumer<WarcSummary> ended;
    private IngestResult next;
    private boolean done;
    private boolean closed;

    /**
     * @param in     the archive's stream, closed at the end (or by {@link #close})
     * @param cursor the archive opened on {@code in}
     * @param ended  told the archive's summary once it has been read to its end
     */
    public ArchivePages(InputStream in, WarcArticleReader.Cursor cursor, Consumer<WarcSummary> ended) {
        this.in = in;
        this.cursor = cursor;
        this.ended = ended;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            next = cursor.next().orElse(null);
            if (next == null) {
                done = true;
                WarcSummary summary = cursor.summary();
                if (summary.records() == 0 && summary.error() == null) {
                    next = new IngestResult.Rejected(summary.source(), "empty archive: no WARC records");
                }
                close();
                ended.accept(summary);
            }
        }
        return next != null;
    }

    @Override
    public IngestResult next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        IngestResult result = next;
        next = null;
        return result;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        cursor.close();
        try {
            in.close();
        } catch (IOException e) {
            // a stream only read from: nothing written could be lost
        }
    }
}
