package attache.search;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a search keeps, beside the query: documents of articles that name an actor, report an event
 * type, and were published in a date range (both ends inclusive).
 *
 * @param actor a CAMEO actor code ("PRKGOV") or a country or organisation alone ("PRK", "UNO")
 * @param type  a PLOVER type ("CONSULT", any case), a CAMEO code ("046") or a CAMEO root ("04")
 * @param from  first publication day kept
 * @param to    last publication day kept
 */
public record SearchFilter(Optional<String> actor, Optional<String> type, Optional<LocalDate> from,
                           Optional<LocalDate> to) {

    public SearchFilter {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** No filter: every document the query matches. */
    public static SearchFilter none() {
        return new SearchFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public SearchFilter withActor(String code) {
        return new SearchFilter(Optional.of(code), type, from, to);
    }

    public SearchFilter withType(String eventType) {
        return new SearchFilter(actor, Optional.of(eventType), from, to);
    }

    public SearchFilter between(LocalDate first, LocalDate last) {
        return new SearchFilter(actor, type, Optional.ofNullable(first), Optional.ofNullable(last));
    }
}
