package attache.ingest;

import attache.model.Article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Turns the command line's inputs (files, folders walked in name order, {@code -} for standard
 * input) into articles and rejections, in a deterministic order. Nothing here throws for a bad
 * input: every problem becomes a {@link IngestResult.Rejected} naming the input and the reason.
 */
public final class InputCollector {

    /** Reads one HTML page into an article. */
    @FunctionalInterface
    public interface HtmlReader {
        Article read(byte[] page, String id, String origin);
    }

    /** The reason a file whose name gives no format is refused, wherever it was read. */
    private static final String UNKNOWN_FORMAT =
            "unknown format: expected .json, .jsonl, .txt, .html, .htm or .warc, optionally .gz";

    private final TextDecoder decoder;
    private final long maxBytes;
    private final JsonArticleReader json;
    private final TextArticleReader text;
    private final HtmlReader html;
    private final InputStream stdin;
    private final WarcArticleReader warc;
    private final List<WarcSummary> archives = new ArrayList<>();

    /** A collector whose web archives take no fallback publication date. */
    public InputCollector(long maxBytes, JsonArticleReader json, TextArticleReader text, HtmlReader html,
                          InputStream stdin) {
        this(maxBytes, json, text, html, new WarcArticleReader(new HtmlArticleReader(), null, maxBytes), stdin);
    }

    public InputCollector(long maxBytes, JsonArticleReader json, TextArticleReader text, HtmlReader html,
                          WarcArticleReader warc, InputStream stdin) {
        this.decoder = new TextDecoder(maxBytes);
        this.maxBytes = maxBytes;
        this.json = json;
        this.text = text;
        this.html = html;
        this.warc = warc;
        this.stdin = stdin;
    }

    /** What each web archive read so far held: records, articles, skipped records by reason. */
    public List<WarcSummary> archives() {
        return List.copyOf(archives);
    }

    /** Every input's articles and rejections at once (for small batches; see {@link #open}). */
    public List<IngestResult> collect(List<String> inputs) {
        List<IngestResult> results = new ArrayList<>();
        try (Inputs reading = open(inputs)) {
            reading.forEachRemaining(results::add);
        }
        return results;
    }

    /**
     * The inputs' articles and rejections in the order {@link #collect} gives them, read as they are
     * asked for: one file at a time, and a web archive one record at a time, so a batch of any length
     * holds in memory only what is being analysed. Close it to release an archive left half read.
     */
    public Inputs open(List<String> inputs) {
        return new Inputs(inputs);
    }

    /** The inputs being read: an iterator that reads each file when the one before is used up. */
    public final class Inputs implements Iterator<IngestResult>, AutoCloseable {
        private final Deque<String> arguments;
        private final Deque<Path> folderFiles = new ArrayDeque<>();
        private Iterator<IngestResult> current = Collections.emptyIterator();
        private ArchivePages archive;

        private Inputs(List<String> inputs) {
            this.arguments = new ArrayDeque<>(inputs);
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext()) {
                if (!folderFiles.isEmpty()) {
                    current = openFile(folderFiles.removeFirst());
                } else if (!arguments.isEmpty()) {
                    current = openArgument(arguments.removeFirst());
                } else {
                    return false;
                }
            }
            return true;
        }

        @Override
        public IngestResult next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            return current.next();
        }

        private Iterator<IngestResult> openArgument(String input) {
            if (input.equals("-")) {
                return openStdin();
            }
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                try {
                    folderFiles.addAll(listFolder(path));
                    return Collections.emptyIterator();
                } catch (IOException e) {
                    return single(new IngestResult.Rejected(path.toString(),
                            "cannot list the folder: " + e.getMessage()));
                }
            }
            if (Files.isRegularFile(path)) {
                return openFile(path);
            }
            return single(new IngestResult.Rejected(input, Files.exists(path) ? "not a regular file"
                    : "no such file or folder"));
        }

        private Iterator<IngestResult> openFile(Path file) {
            String origin = file.toString();
            if (InputFormat.ofFileName(file.getFileName().toString()).filter(f -> f == InputFormat.WARC).isEmpty()) {
                return readFile(file).iterator();
            }
            try {
                // an archive holds many pages and may be gigabytes: streamed, with the size limit per record
                return reading(new java.io.BufferedInputStream(Files.newInputStream(file), 65536), origin);
            } catch (IOException e) {
                return single(new IngestResult.Rejected(origin, "cannot read: " + e.getMessage()));
            }
        }

        private Iterator<IngestResult> openStdin() {
            try {
                InputStream in = new java.io.BufferedInputStream(stdin, 65536);
                in.mark(65536);
                byte[] head = in.readNBytes(4096);
                in.reset();
                if (InputFormat.isWarc(head)) {
                    // standard input is the process's: closing the archive leaves it open
                    return reading(new WarcArticleReader.NonClosing(in), "-");
                }
                return readStdin(in).iterator();
            } catch (IOException e) {
                return single(new IngestResult.Rejected("-", "cannot read standard input: " + e.getMessage()));
            }
        }

        private Iterator<IngestResult> reading(InputStream in, String origin) {
            archive = new ArchivePages(in, warc.open(in, origin), archives::add);
            return archive;
        }

        /** Closes an archive left half read (one read to its end has closed itself). */
        @Override
        public void close() {
            if (archive != null) {
                archive.close();
                archive = null;
            }
        }
    }

    private static Iterator<IngestResult> single(IngestResult result) {
        return List.of(result).iterator();
    }

    /** The files of a folder and its subfolders that name a known format, in name order. */
    private static List<Path> listFolder(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> InputFormat.ofFileName(p.getFileName().toString()).isPresent())
                    .sorted()
                    .toList();
        }
    }

    private List<IngestResult> readFile(Path file) {
        String origin = file.toString();
        String name = file.getFileName().toString();
        Optional<InputFormat> format = InputFormat.ofFileName(name);
        if (format.isEmpty()) {
            return List.of(new IngestResult.Rejected(origin, UNKNOWN_FORMAT));
        }
        try {
            decoder.checkSize(Files.size(file), origin);
            byte[] bytes = name.toLowerCase(java.util.Locale.ROOT).endsWith(".gz") ? gunzip(file, origin)
                    : Files.readAllBytes(file);
            return parse(bytes, format.get(), origin, InputFormat.baseName(name));
        } catch (InputException e) {
            return List.of(IngestResult.Rejected.of(e));
        } catch (IOException e) {
            return List.of(new IngestResult.Rejected(origin, "cannot read: " + e.getMessage()));
        }
    }

    /**
     * One file read by someone else (the Spark job reads Hadoop paths): its articles and rejections,
     * exactly as {@link #collect} gives them for a file of that name and content. Ids default to the
     * file's base name, as for a local file.
     *
     * @param fileName the file's name, whose extensions tell its format
     * @param bytes    its content, compressed when the name ends in {@code .gz}
     * @param origin   the path to name in ids' origins and in rejections
     */
    public List<IngestResult> read(String fileName, byte[] bytes, String origin) {
        Optional<InputFormat> format = InputFormat.ofFileName(fileName);
        if (format.isEmpty()) {
            return List.of(new IngestResult.Rejected(origin, UNKNOWN_FORMAT));
        }
        if (format.get() == InputFormat.WARC) {
            // gzipped record by record: the reader undoes it, and offsets are the file's, as collect gives them
            return readWarc(new java.io.ByteArrayInputStream(bytes), origin);
        }
        try {
            decoder.checkSize(bytes.length, origin);
            byte[] content = bytes;
            if (fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
                try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
                    content = readCapped(in, origin);
                } catch (java.util.zip.ZipException | java.io.EOFException e) {
                    throw new InputException(origin, "broken gzip data: " + e.getMessage());
                }
            }
            return parse(content, format.get(), origin, InputFormat.baseName(fileName));
        } catch (InputException e) {
            return List.of(IngestResult.Rejected.of(e));
        } catch (IOException e) {
            return List.of(new IngestResult.Rejected(origin, "cannot read: " + e.getMessage()));
        }
    }

    /** Standard input that is not a web archive: read whole (up to the size limit), its format sniffed. */
    private List<IngestResult> readStdin(InputStream in) {
        try {
            byte[] bytes = readCapped(in, "-");
            String content = decoder.decode(bytes, "-");
            InputFormat format = InputFormat.sniff(content);
            return parse(bytes, format, "-", "stdin");
        } catch (InputException e) {
            return List.of(IngestResult.Rejected.of(e));
        } catch (IOException e) {
            return List.of(new IngestResult.Rejected("-", "cannot read standard input: " + e.getMessage()));
        }
    }

    private List<IngestResult> parse(byte[] bytes, InputFormat format, String origin, String id) {
        try {
            return switch (format) {
                case HTML -> List.of(new IngestResult.Parsed(html.read(bytes, id, origin)));
                case JSON -> json.readDocument(decoder.decode(bytes, origin), origin, id);
                case JSONL -> readLines(decoder.decode(bytes, origin), origin, id);
                case TEXT -> List.of(new IngestResult.Parsed(text.read(decoder.decode(bytes, origin), id, origin)));
                case WARC -> readWarc(new java.io.ByteArrayInputStream(bytes), origin);
            };
        } catch (InputException e) {
            return List.of(IngestResult.Rejected.of(e));
        }
    }

    private List<IngestResult> readWarc(InputStream in, String origin) {
        List<IngestResult> results = new ArrayList<>();
        new ArchivePages(in, warc.open(in, origin), archives::add).forEachRemaining(results::add);
        return results;
    }

    private List<IngestResult> readLines(String content, String origin, String id) {
        List<IngestResult> results = new ArrayList<>();
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                results.add(json.readLine(lines[i], origin, i + 1, id));
            }
        }
        if (results.isEmpty()) {
            results.add(new IngestResult.Rejected(origin, "no records (only blank lines)"));
        }
        return results;
    }

    private byte[] gunzip(Path file, String origin) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return readCapped(in, origin);
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw new InputException(origin, "broken gzip data: " + e.getMessage());
        }
    }

    /** Reads at most the size limit, so a compressed bomb or an endless pipe cannot exhaust memory. */
    private byte[] readCapped(InputStream in, String origin) throws IOException {
        return CappedRead.readAll(in, total -> decoder.checkSize(total, origin));
    }

}
