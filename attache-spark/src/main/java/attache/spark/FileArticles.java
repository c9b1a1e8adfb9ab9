package attache.spark;

import attache.clean.DatelineParser;
import attache.ingest.HtmlArticleReader;
import attache.ingest.IngestResult;
import attache.ingest.InputCollector;
import attache.ingest.JsonArticleReader;
import attache.ingest.TextArticleReader;
import attache.model.Dateline;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads one file from a Hadoop file system into articles and rejections with the readers
 * {@code process} uses, configured as it configures them, so that the same file gives the same
 * articles. A file that cannot be read becomes a rejection naming it; nothing here throws for bad
 * input. Runs on the executors; one instance per task.
 */
final class FileArticles {

    /** The longest article text, as the command line's. */
    static final int MAX_TEXT_CHARS = 1_000_000;

    private final InputCollector collector;
    private final long maxBytes;
    private final Configuration conf;

    /**
     * @param published the publication date for inputs that give none (the command line's --published); may be null
     * @param maxBytes  the largest file read (a JSON Lines file is read whole)
     */
    FileArticles(LocalDate published, long maxBytes, Configuration conf) {
        Optional<LocalDate> fallback = Optional.ofNullable(published);
        DatelineParser datelines = new DatelineParser();
        HtmlArticleReader html = new HtmlArticleReader();
        this.collector = new InputCollector(maxBytes, new JsonArticleReader(fallback, MAX_TEXT_CHARS),
                new TextArticleReader(fallback, text -> datelines.parse(text, Optional.empty()).map(Dateline::date)),
                (page, id, origin) -> html.read(page, id, origin, published),
                InputStream.nullInputStream());
        this.maxBytes = maxBytes;
        this.conf = conf;
    }

    List<IngestResult> read(String file) {
        Path path = new Path(file);
        byte[] bytes;
        try {
            FileSystem fs = path.getFileSystem(conf);
            long size = fs.getFileStatus(path).getLen();
            if (size > maxBytes) {
                return List.of(new IngestResult.Rejected(file, "file of " + size + " bytes is above the limit of "
                        + maxBytes + " (raise --max-file-bytes, or split the file)"));
            }
            try (FSDataInputStream in = fs.open(path)) {
                bytes = readAll(in, size);
            }
        } catch (IOException e) {
            return List.of(new IngestResult.Rejected(file, "cannot read: " + e.getMessage()));
        }
        return collector.read(path.getName(), bytes, file);
    }

    private static byte[] readAll(InputStream in, long size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(size, Integer.MAX_VALUE - 8));
        in.transferTo(out);
        return out.toByteArray();
    }
}
