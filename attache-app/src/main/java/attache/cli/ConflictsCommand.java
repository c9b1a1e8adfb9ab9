package attache.cli;

import attache.store.ArticleStore;
import attache.store.ConflictRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code attache conflicts}: where two sides' accounts of one event disagree (or agree). */
@Command(name = "conflicts", mixinStandardHelpOptions = true,
        description = "List conflicting (and agreeing) accounts of one event, within articles and across the store.")
final class ConflictsCommand implements Callable<Integer> {

    /** Where the accounts come from. */
    enum Scope { article, store }

    /** Which relations to list. */
    enum Relation { conflict, agreement }

    @Mixin
    QueryOptions query;

    @Option(names = "--actor", paramLabel = "CODE", description = "Relations with a side whose code CODE starts with (or that starts with CODE).")
    String actor;

    @Option(names = "--relation", paramLabel = "conflict|agreement", description = "Only conflicts or only agreements.")
    Relation relation;

    @Option(names = "--scope", paramLabel = "article|store",
            description = "article: as each article found them; store: over every stored claim of one merged event "
                    + "(claims from two or more articles; run after ingest has merged events). Default: both.")
    Scope scope;

    @Override
    public Integer call() {
        try (ArticleStore store = ArticleStore.openReadOnly(query.db)) {
            List<ConflictRow> rows = store.conflicts(Optional.ofNullable(scope).map(Enum::name),
                    Optional.ofNullable(actor), Optional.ofNullable(relation).map(Enum::name));
            new ResultPrinter<>(List.<ResultPrinter.Column<ConflictRow>>of(
                    ResultPrinter.Column.brief("scope", ConflictRow::scope),
                    ResultPrinter.Column.brief("event", ConflictRow::event),
                    ResultPrinter.Column.brief("relation", ConflictRow::relation),
                    ResultPrinter.Column.brief("reason", ConflictRow::reason),
                    ResultPrinter.Column.brief("side", ConflictRow::firstSide),
                    ResultPrinter.Column.brief("claims", ConflictRow::firstClaims),
                    ResultPrinter.Column.brief("other_side", ConflictRow::secondSide),
                    ResultPrinter.Column.brief("other_claims", ConflictRow::secondClaims)))
                    .print(rows, query.format(), System.out);
        }
        return 0;
    }
}
