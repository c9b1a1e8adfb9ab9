package attache.store;

import attache.model.Modality;
import attache.model.Plover;

import java.time.LocalDate;

/**
 * Filters over coded events; a null filter matches everything. Actor filters match CAMEO actor code
 * prefixes ("PRK" matches PRKGOV and PRKMIL), {@code cameo} matches a code or a root prefix ("19"
 * matches 190 to 196), and the date range holds the first day of the period the event's date names
 * (an event dated "2019-10" falls on 2019-10-01), both ends included.
 *
 * @param source   the source actor's code prefix
 * @param target   the target actor's code prefix
 * @param actor    either party's code prefix
 * @param dyad     the two parties, in either direction
 * @param type     the PLOVER type
 * @param cameo    a CAMEO code or root prefix
 * @param from     first day, included
 * @param to       last day, included
 * @param place    place name (any case) or its ISO alpha-3 country
 * @param negated  whether the event is told as not having happened
 * @param modality asserted, reported, planned or hypothetical
 * @param limit    at most this many rows; 0 for all
 * @param offset   rows to skip first
 */
public record EventQuery(String source, String target, String actor, Dyad dyad, Plover type, String cameo,
                         LocalDate from, LocalDate to, String place, Boolean negated, Modality modality,
                         int limit, int offset) {

    /** Two actors' code prefixes; events between them in either direction match. */
    public record Dyad(String first, String second) {
        public Dyad {
            java.util.Objects.requireNonNull(first, "first");
            java.util.Objects.requireNonNull(second, "second");
        }
    }

    /** Every event. */
    public static final EventQuery ALL = new EventQuery(null, null, null, null, null, null, null, null, null,
            null, null, 0, 0);

    public EventQuery {
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must not be negative");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("date range ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public EventQuery withSource(String code) {
        return new EventQuery(code, target, actor, dyad, type, cameo, from, to, place, negated, modality, limit, offset);
    }

    public EventQuery withTarget(String code) {
        return new EventQuery(source, code, actor, dyad, type, cameo, from, to, place, negated, modality, limit, offset);
    }

    public EventQuery withActor(String code) {
        return new EventQuery(source, target, code, dyad, type, cameo, from, to, place, negated, modality, limit, offset);
    }

    public EventQuery withDyad(String first, String second) {
        return new EventQuery(source, target, actor, new Dyad(first, second), type, cameo, from, to, place, negated,
                modality, limit, offset);
    }

    public EventQuery withType(Plover t) {
        return new EventQuery(source, target, actor, dyad, t, cameo, from, to, place, negated, modality, limit, offset);
    }

    public EventQuery withCameo(String code) {
        return new EventQuery(source, target, actor, dyad, type, code, from, to, place, negated, modality, limit, offset);
    }

    public EventQuery between(LocalDate first, LocalDate last) {
        return new EventQuery(source, target, actor, dyad, type, cameo, first, last, place, negated, modality, limit,
                offset);
    }

    public EventQuery withPlace(String p) {
        return new EventQuery(source, target, actor, dyad, type, cameo, from, to, p, negated, modality, limit, offset);
    }

    public EventQuery withNegated(Boolean n) {
        return new EventQuery(source, target, actor, dyad, type, cameo, from, to, place, n, modality, limit, offset);
    }

    public EventQuery withModality(Modality m) {
        return new EventQuery(source, target, actor, dyad, type, cameo, from, to, place, negated, m, limit, offset);
    }

    public EventQuery page(int newLimit, int newOffset) {
        return new EventQuery(source, target, actor, dyad, type, cameo, from, to, place, negated, modality, newLimit,
                newOffset);
    }
}
