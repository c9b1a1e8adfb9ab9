package attache.cli;

import attache.store.ArticleStore;
import attache.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code attache stats}: what the store holds, as one list of (section, name, quad class, count). */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Rows per table, top actors and dyads, and events per QuadClass per month.")
final class StatsCommand implements Callable<Integer> {

    @Mixin
    QueryOptions query;

    /** One line of the report; {@code quadClass} only for the month section. */
    record Line(String section, String name, Integer quadClass, long count) {
    }

    @Override
    public Integer call() {
        try (ArticleStore store = ArticleStore.openReadOnly(query.db)) {
            new ResultPrinter<>(List.<ResultPrinter.Column<Line>>of(
                    ResultPrinter.Column.brief("section", Line::section),
                    ResultPrinter.Column.brief("name", Line::name),
                    ResultPrinter.Column.brief("quad_class", Line::quadClass),
                    ResultPrinter.Column.brief("count", Line::count)))
                    .print(lines(store.stats()), query.format(), System.out);
        }
        return 0;
    }

    static List<Line> lines(StoreStats stats) {
        List<Line> lines = new ArrayList<>();
        stats.tables().forEach((table, n) -> lines.add(new Line("table", table, null, n)));
        stats.topActors().forEach(a -> lines.add(new Line("actor", a.code(), null, a.events())));
        stats.topDyads().forEach(d -> lines.add(new Line("dyad", d.source() + "->" + d.target(), null, d.events())));
        stats.byMonth().forEach(m -> lines.add(new Line("month", m.month(), m.quadClass(), m.events())));
        return lines;
    }
}
