package attache.cli;

import attache.ingest.IngestResult;
import attache.ingest.InputCollector;
import attache.clean.DatelineParser;
import attache.ingest.HtmlArticleReader;
import attache.model.Dateline;
import attache.ingest.JsonArticleReader;
import attache.ingest.TextArticleReader;
import attache.ingest.WarcArticleReader;
import attache.ingest.WarcSummary;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The options every command that reads articles shares. */
final class InputOptions {

    /** The largest single input file: an article is kilobytes; tens of megabytes is not an article. */
    static final long MAX_INPUT_BYTES = 20_000_000L;
    /** The longest article text: about 150 pages of prose. */
    static final int MAX_TEXT_CHARS = 1_000_000;

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date (YYYY-MM-DD) for inputs that give none.")
    LocalDate published;

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Files (.json, .jsonl, .txt, .html, .htm, .warc, optionally .gz), folders, or - for standard input.")
    List<String> inputs;

    private InputCollector collector;

    /** Every input's articles and rejections at once (for commands that need the whole corpus). */
    List<IngestResult> collect() {
        List<IngestResult> results = new java.util.ArrayList<>();
        try (InputCollector.Inputs reading = open()) {
            reading.forEachRemaining(results::add);
        }
        return results;
    }

    /** The inputs' articles and rejections, read one file (and one archive record) at a time as they are used. */
    InputCollector.Inputs open() {
        Optional<LocalDate> fallback = Optional.ofNullable(published);
        DatelineParser datelines = new DatelineParser();
        HtmlArticleReader html = new HtmlArticleReader();
        collector = new InputCollector(MAX_INPUT_BYTES,
                new JsonArticleReader(fallback, MAX_TEXT_CHARS),
                new TextArticleReader(fallback,
                        text -> datelines.parse(text, Optional.empty()).map(Dateline::date)),
                (page, id, origin) -> html.read(page, id, origin, published),
                new WarcArticleReader(html, published, MAX_INPUT_BYTES),
                System.in);
        return collector.open(inputs);
    }

    /** What each web archive among the inputs held, once they have been read. */
    List<WarcSummary> archives() {
        return collector == null ? List.of() : collector.archives();
    }
}
