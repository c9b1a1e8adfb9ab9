package attache.cli;

import attache.store.ArticleStore;
import attache.store.ClaimQuery;
import attache.store.ClaimRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code attache claims}: stored claims, by claimant, event, assessment or article. */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = "List stored claims: who says what about which events, and how they judge them.")
final class ClaimsCommand implements Callable<Integer> {

    @Mixin
    QueryOptions query;

    @Option(names = "--actor", paramLabel = "CODE", description = "Claimants whose actor code starts with CODE.")
    String actor;

    @Option(names = "--event", paramLabel = "ID", description = "Claims about this event id (article#n) or merged event id.")
    String event;

    @Option(names = "--assessment", paramLabel = "positive|negative|neutral", description = "Claims with this assessment.")
    String assessment;

    @Option(names = "--article", paramLabel = "ID", description = "Claims of this article.")
    String article;

    @Override
    public Integer call() {
        try (ArticleStore store = ArticleStore.openReadOnly(query.db)) {
            List<ClaimRow> rows = store.claims(new ClaimQuery(Optional.ofNullable(actor), Optional.ofNullable(event),
                    Optional.ofNullable(assessment), Optional.ofNullable(article)));
            new ResultPrinter<>(List.<ResultPrinter.Column<ClaimRow>>of(
                    ResultPrinter.Column.brief("claim", ClaimRow::claimId),
                    ResultPrinter.Column.full("article", ClaimRow::articleId),
                    ResultPrinter.Column.full("published", ClaimRow::published),
                    ResultPrinter.Column.brief("date", ClaimRow::date),
                    ResultPrinter.Column.full("claimant", ClaimRow::claimant),
                    ResultPrinter.Column.brief("actor", ClaimRow::claimantCode),
                    ResultPrinter.Column.full("side", ClaimRow::side),
                    ResultPrinter.Column.full("kind", ClaimRow::kind),
                    ResultPrinter.Column.full("cue", ClaimRow::cue),
                    ResultPrinter.Column.brief("assessment", ClaimRow::assessment),
                    ResultPrinter.Column.full("outcome", ClaimRow::outcome),
                    ResultPrinter.Column.full("cues", ClaimRow::cues),
                    ResultPrinter.Column.brief("events", ClaimRow::eventIds),
                    ResultPrinter.Column.full("start", ClaimRow::start),
                    ResultPrinter.Column.full("end", ClaimRow::end),
                    ResultPrinter.Column.brief("content", ClaimRow::content)))
                    .print(rows, query.format(), System.out);
        }
        return 0;
    }
}
