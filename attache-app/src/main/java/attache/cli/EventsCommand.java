package attache.cli;

import attache.model.Modality;
import attache.model.Plover;
import attache.store.ArticleStore;
import attache.store.EventQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code attache events}: the stored events that match every filter given. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "List stored events. Actor filters match CAMEO code prefixes (PRK matches PRKGOV).")
final class EventsCommand implements Callable<Integer> {

    @Mixin
    QueryOptions query;

    @Option(names = "--source", paramLabel = "CODE", description = "Source actor code prefix.")
    String source;

    @Option(names = "--target", paramLabel = "CODE", description = "Target actor code prefix.")
    String target;

    @Option(names = "--actor", paramLabel = "CODE", description = "Either party's code prefix.")
    String actor;

    @Option(names = "--dyad", paramLabel = "CODE,CODE", split = ",",
            description = "Events between two actors, in either direction.")
    String[] dyad;

    @Option(names = "--type", paramLabel = "PLOVER", description = "PLOVER type (ASSAULT, CONSULT, …).")
    String type;

    @Option(names = "--cameo", paramLabel = "CODE", description = "CAMEO code or root prefix (19, 190).")
    String cameo;

    @Option(names = "--from", paramLabel = "DATE", description = "First day, included (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day, included (YYYY-MM-DD).")
    LocalDate to;

    @Option(names = "--place", paramLabel = "NAME", description = "Place name or its ISO alpha-3 country.")
    String place;

    @Option(names = "--negated", paramLabel = "true|false", description = "Only negated (or only asserted) events.")
    Boolean negated;

    @Option(names = "--modality", paramLabel = "asserted|reported|planned|hypothetical")
    String modality;

    @Option(names = "--limit", paramLabel = "N", description = "At most N events (default: all).")
    int limit;

    @Option(names = "--offset", paramLabel = "N", description = "Skip the first N.")
    int offset;

    @Override
    public Integer call() {
        EventQuery q = new EventQuery(source, target, actor, dyad(), type(), cameo, from, to, place, negated,
                modality(), limit, offset);
        try (ArticleStore store = ArticleStore.openReadOnly(query.db)) {
            new ResultPrinter<>(EventColumns.all()).print(store.events(q), query.format(), System.out);
        }
        return 0;
    }

    private EventQuery.Dyad dyad() {
        if (dyad == null) {
            return null;
        }
        if (dyad.length != 2) {
            throw new IllegalArgumentException("--dyad takes two codes, as PRK,USA");
        }
        return new EventQuery.Dyad(dyad[0], dyad[1]);
    }

    private Plover type() {
        return type == null ? null : Plover.parse(type)
                .orElseThrow(() -> new IllegalArgumentException("no PLOVER type '" + type + "'"));
    }

    private Modality modality() {
        if (modality == null) {
            return null;
        }
        for (Modality m : Modality.values()) {
            if (m.label().equalsIgnoreCase(modality)) {
                return m;
            }
        }
        throw new IllegalArgumentException("no modality '" + modality + "'");
    }
}
