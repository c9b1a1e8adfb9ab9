package attache.claims;

import attache.model.AnalyzedArticle;
import attache.model.EventDate;
import attache.model.TextSpan;
import attache.model.TimeExpression;

import java.util.List;
import java.util.OptionalInt;

/**
 * Dates a claim or a position by its own clause: a calendar date in the words around the stating
 * verb, outside what is stated ("…, the negotiator said Monday"), and not after the publication
 * date; else the publication date, recorded as such. What the claim is about has its own dates, which are the events'.
 */
final class ClaimDater {

    private final List<TimeExpression> times;
    private final EventDate published;
    private final java.time.LocalDate publishedDay;

    ClaimDater(AnalyzedArticle doc) {
        this.times = doc.times();
        this.published = new EventDate(doc.article().published().toString(), null, null, EventDate.Source.PUBLICATION);
        this.publishedDay = doc.article().published();
    }

    EventDate date(Tree tree, OptionalInt cueToken, TextSpan content) {
        if (cueToken.isEmpty()) {
            return published;
        }
        int cue = cueToken.getAsInt();
        for (TimeExpression t : times) {
            var day = FirstDay.of(t.value());
            // A statement is made by the time it is published: a later date belongs to something else.
            if (t.sentence() != tree.sentence().index() || content.overlaps(t.span()) || day.isEmpty()
                    || day.get().isAfter(publishedDay)) {
                continue;
            }
            int token = tree.tokenAt(t.span().start());
            if (token >= 0 && tree.dominates(cue, token)) {
                return new EventDate(t.value(), t.text(), t.span(), EventDate.Source.TEXT);
            }
        }
        return published;
    }

    EventDate published() {
        return published;
    }
}
