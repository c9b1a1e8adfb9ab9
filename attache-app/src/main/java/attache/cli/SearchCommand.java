package attache.cli;

import attache.search.Hit;
import attache.search.SearchFilter;
import attache.search.SearchIndex;
import attache.store.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code attache search}: article bodies and quotes matching a query, from the index ingest keeps. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search stored article bodies and quotes (Lucene syntax: words, \"phrases\", AND/OR/NOT,"
                + " speaker:name, title:word).")
final class SearchCommand implements Callable<Integer> {

    @Mixin
    QueryOptions query;

    @Option(names = "--actor", paramLabel = "CODE",
            description = "Articles that name this actor (a CAMEO code, or a country or organisation alone).")
    String actor;

    @Option(names = "--type", paramLabel = "T",
            description = "Articles reporting an event of this PLOVER type, CAMEO code or CAMEO root.")
    String type;

    @Option(names = "--from", paramLabel = "DATE", description = "Published on or after (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Published on or before (YYYY-MM-DD).")
    LocalDate to;

    @Option(names = "--limit", paramLabel = "N", description = "At most N hits (default: ${DEFAULT-VALUE}).")
    int limit = 20;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query; several words are joined.")
    List<String> words;

    @Override
    public Integer call() throws Exception {
        Path folder = KnowledgeBase.searchFolder(query.db);
        // opening an index creates its folder: look first, so a mistyped --db leaves nothing behind
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no search index in " + query.db + " (run attache ingest first)");
        }
        SearchFilter filter = new SearchFilter(Optional.ofNullable(actor), Optional.ofNullable(type),
                Optional.ofNullable(from), Optional.ofNullable(to));
        List<Hit> hits;
        try (SearchIndex index = new SearchIndex(folder)) {
            hits = index.search(String.join(" ", words), filter, limit);
        }
        new ResultPrinter<>(List.<ResultPrinter.Column<Hit>>of(
                ResultPrinter.Column.brief("article", Hit::articleId),
                ResultPrinter.Column.brief("kind", Hit::kind),
                ResultPrinter.Column.full("score", Hit::score),
                ResultPrinter.Column.brief("snippet", Hit::snippet)))
                .print(hits, query.format(), System.out);
        return 0;
    }
}
