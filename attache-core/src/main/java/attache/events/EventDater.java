package attache.events;

import attache.model.AnalyzedArticle;
import attache.model.EventDate;
import attache.model.Sentence;
import attache.model.TimeExpression;
import attache.model.TimexType;
import attache.model.Token;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Dates an event from its own words first: a date inside the predicate's phrase ("on Saturday",
 * "February's summit", "last week's talks"), then a date attached to a clause it depends on
 * ("arrived on Monday to hold talks"). Failing those, the caller uses the story's running date.
 */
final class EventDater {

    /** Calendar values an event can carry: a day, week, weekend, month or year. */
    private static final Pattern CALENDAR = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?|-W\\d{2}(-WE)?)?");

    private final AnalyzedArticle doc;

    EventDater(AnalyzedArticle doc) {
        this.doc = doc;
    }

    /** A date the predicate's own phrase or the clauses above it give. */
    Optional<EventDate> own(ParseWalker walker, int predicate) {
        return own(walker, predicate, true);
    }

    /**
     * A date attached to the clause of {@code token} itself or the clauses above it, not one of the
     * clauses below: "plans to stay until Thursday" dates the stay, not the plan.
     */
    Optional<EventDate> ofClause(ParseWalker walker, int token) {
        return own(walker, token, false);
    }

    private Optional<EventDate> own(ParseWalker walker, int predicate, boolean deep) {
        List<TimeExpression> times = timesIn(walker.sentence());
        Optional<EventDate> inside = deep ? nearest(walker, predicate, times, true)
                : nearest(walker, predicate, times, false);
        if (inside.isPresent()) {
            return inside;
        }
        int child = predicate;
        for (int depth = 0; depth < 4; depth++) {
            var head = walker.head(child);
            if (head.isEmpty() || !List.of("xcomp", "advcl", "conj", "acl", "ccomp").contains(head.get().relation())) {
                break;
            }
            child = head.get().governor();
            Optional<EventDate> above = nearest(walker, child, times, false);
            if (above.isPresent()) {
                return above;
            }
        }
        return Optional.empty();
    }

    /**
     * The date attached straight to the sentence's main clause, which carries the story forward: the
     * root's, or that of a reporting clause hung from it ("…, the negotiator said Monday").
     */
    Optional<EventDate> ofMainClause(ParseWalker walker) {
        List<TimeExpression> times = timesIn(walker.sentence());
        for (Token t : walker.sentence().tokens()) {
            if (!walker.relation(t.index()).equals("root")) {
                continue;
            }
            Optional<EventDate> own = inClause(walker, t.index(), times);
            if (own.isPresent()) {
                return own;
            }
            for (var d : walker.sentence().childrenOf(t.index())) {
                if (d.relation().equals("dep") || d.relation().equals("parataxis")) {
                    Optional<EventDate> reported = nearest(walker, d.dependent(), times, false);
                    if (reported.isPresent()) {
                        return reported;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Clausal relations that open a clause of its own, whose dates are not the main clause's. */
    private static final java.util.Set<String> CLAUSES = java.util.Set.of("ccomp", "xcomp", "advcl", "parataxis",
            "conj", "acl:relcl", "csubj", "dep");

    /** A date anywhere in the clause of {@code head}, without entering the clauses nested in it. */
    private Optional<EventDate> inClause(ParseWalker walker, int head, List<TimeExpression> times) {
        for (TimeExpression time : times) {
            int t = walker.sentence().headTokenOf(time.span());
            int child = t;
            boolean local = t >= 0;
            while (local && child != head) {
                var up = walker.head(child);
                if (up.isEmpty() || CLAUSES.contains(up.get().relation())) {
                    local = false;
                } else {
                    child = up.get().governor();
                }
            }
            if (local) {
                return Optional.of(new EventDate(calendar(time.value()), time.text(), time.span(), EventDate.Source.TEXT));
            }
        }
        return Optional.empty();
    }

    private List<TimeExpression> timesIn(Sentence sentence) {
        return doc.times().stream().filter(t -> sentence.span().contains(t.span()))
                .filter(t -> t.type() == TimexType.DATE || t.type() == TimexType.TIME)
                .filter(t -> CALENDAR.matcher(calendar(t.value())).matches()).toList();
    }

    /**
     * The time expression dominated by the token: anywhere below it when {@code deep}, else only
     * attached to it directly (so a clause's date is not taken from a clause nested inside it).
     */
    private Optional<EventDate> nearest(ParseWalker walker, int token, List<TimeExpression> times, boolean deep) {
        TimeExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeExpression time : times) {
            int head = walker.sentence().headTokenOf(time.span());
            if (head < 0) {
                continue;
            }
            boolean attached = deep ? walker.dominates(token, head)
                    : walker.head(head).map(d -> d.governor() == token).orElse(false) || head == token;
            int distance = Math.abs(head - token);
            if (attached && distance < bestDistance) {
                best = time;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best).map(t -> new EventDate(calendar(t.value()), t.text(), t.span(),
                EventDate.Source.TEXT));
    }


    /** A date-time's calendar part: "2019-10-06TNI" is 2019-10-06. */
    private static String calendar(String value) {
        int t = value.indexOf('T');
        return t > 0 ? value.substring(0, t) : value;
    }
}
