package attache.spark;

import attache.clean.DatelineParser;
import attache.ingest.HtmlArticleReader;
import attache.ingest.IngestResult;
import attache.ingest.InputCollector;
import attache.ingest.InputFormat;
import attache.ingest.JsonArticleReader;
import attache.ingest.TextArticleReader;
import attache.ingest.ArchivePages;
import attache.ingest.WarcArticleReader;
import attache.ingest.WarcSummary;
import attache.model.Dateline;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads one file from a Hadoop file system into articles and rejections with the readers
 * {@code process} uses, configured as it configures them, so that the same file gives the same
 * articles. A file that cannot be read becomes a rejection naming it; nothing here throws for bad
 * input. Runs on the executors; one instance per task.
 *
 * <p>A web archive ({@code .warc}, {@code .warc.gz}) is not read into memory: CC-NEWS files are about
 * a gigabyte each, so the Hadoop stream goes straight to the {@link WarcArticleReader}, record by
 * record, as the task asks for its pages ({@link #open}), with the per-record size limit of
 * {@code process}; the file size limit does not apply.
 */
final class FileArticles {

    /** The longest article text, as the command line's. */
    static final int MAX_TEXT_CHARS = 1_000_000;
    /** The largest WARC record read, as the command line's (larger records are skipped and counted). */
    static final long MAX_RECORD_BYTES = 20_000_000L;

    private final InputCollector collector;
    private final WarcArticleReader warc;
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
        this.warc = new WarcArticleReader(html, published, MAX_RECORD_BYTES);
        this.collector = new InputCollector(maxBytes, new JsonArticleReader(fallback, MAX_TEXT_CHARS),
                new TextArticleReader(fallback, text -> datelines.parse(text, Optional.empty()).map(Dateline::date)),
                (page, id, origin) -> html.read(page, id, origin, published), warc,
                InputStream.nullInputStream());
        this.maxBytes = maxBytes;
        this.conf = conf;
    }

    /**
     * The file's articles and rejections, in file order, read as they are asked for: a web archive one
     * record at a time, so a task holds one page of a gigabyte archive, not all of them.
     *
     * @param archives told what a web archive held, once it has been read to its end
     */
    Iterator<IngestResult> open(String file, Consumer<WarcSummary> archives) {
        Path path = new Path(file);
        if (InputFormat.ofFileName(path.getName()).filter(f -> f == InputFormat.WARC).isPresent()) {
            return openArchive(path, file, archives);
        }
        return readWhole(path, file).iterator();
    }

    private List<IngestResult> readWhole(Path path, String file) {
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

    /** An archive streamed record by record; a truncated one gives its records before the break and a rejection. */
    private Iterator<IngestResult> openArchive(Path path, String file, Consumer<WarcSummary> archives) {
        try {
            InputStream in = new BufferedInputStream(path.getFileSystem(conf).open(path), 65536);
            return new ArchivePages(in, warc.open(in, file), archives);
        } catch (IOException e) {
            return List.<IngestResult>of(new IngestResult.Rejected(file, "cannot read: " + e.getMessage())).iterator();
        }
    }

    private static byte[] readAll(InputStream in, long size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(size, Integer.MAX_VALUE - 8));
        in.transferTo(out);
        return out.toByteArray();
    }
}
