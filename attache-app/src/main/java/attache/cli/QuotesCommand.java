package attache.cli;

import attache.store.ArticleStore;
import attache.store.QuoteRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code attache quotes}: stored quotes, by speaker name or speaker actor. */
@Command(name = "quotes", mixinStandardHelpOptions = true, description = "List stored quotes.")
final class QuotesCommand implements Callable<Integer> {

    @Mixin
    QueryOptions query;

    @Option(names = "--speaker", paramLabel = "NAME", description = "Speakers whose name contains NAME (any case).")
    String speaker;

    @Option(names = "--actor", paramLabel = "CODE", description = "Speakers whose actor code starts with CODE.")
    String actor;

    @Override
    public Integer call() {
        try (ArticleStore store = ArticleStore.openReadOnly(query.db)) {
            List<QuoteRow> rows = store.quotes(Optional.ofNullable(speaker), Optional.ofNullable(actor));
            new ResultPrinter<>(List.<ResultPrinter.Column<QuoteRow>>of(
                    ResultPrinter.Column.brief("published", QuoteRow::published),
                    ResultPrinter.Column.brief("article", QuoteRow::articleId),
                    ResultPrinter.Column.full("index", QuoteRow::index),
                    ResultPrinter.Column.full("outlet", QuoteRow::outlet),
                    ResultPrinter.Column.brief("speaker", QuoteRow::speaker),
                    ResultPrinter.Column.brief("actor", QuoteRow::speakerActorCode),
                    ResultPrinter.Column.full("start", QuoteRow::start),
                    ResultPrinter.Column.full("end", QuoteRow::end),
                    ResultPrinter.Column.brief("text", QuoteRow::text)))
                    .print(rows, query.format(), System.out);
        }
        return 0;
    }
}
