package attache.cli;

import attache.store.ArticleStore;
import attache.store.EventRow;
import attache.store.TimelineDay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code attache timeline}: an actor's events day by day. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Events of an actor per day (an event dated to a month or year counts on its first day).")
final class TimelineCommand implements Callable<Integer> {

    @Mixin
    QueryOptions query;

    @Option(names = "--actor", required = true, paramLabel = "CODE", description = "Actor code prefix.")
    String actor;

    @Option(names = "--with", paramLabel = "CODE", description = "Only events between the actor and this one.")
    String with;

    @Override
    public Integer call() {
        try (ArticleStore store = ArticleStore.openReadOnly(query.db)) {
            List<TimelineDay> days = store.timeline(actor, Optional.ofNullable(with));
            new ResultPrinter<>(List.<ResultPrinter.Column<TimelineDay>>of(
                    ResultPrinter.Column.brief("day", TimelineDay::day),
                    ResultPrinter.Column.brief("count", TimelineDay::count),
                    ResultPrinter.Column.brief("events", d -> d.events().stream().map(EventRow::eventId).toList()),
                    ResultPrinter.Column.brief("summary", d -> d.events().stream()
                            .map(TimelineCommand::summary).toList())))
                    .print(days, query.format(), System.out);
        }
        return 0;
    }

    private static String summary(EventRow e) {
        return e.sourceCode() + " " + e.type() + (e.targetCode() == null ? "" : " " + e.targetCode())
                + (e.negated() ? " (not)" : "") + ";";
    }
}
