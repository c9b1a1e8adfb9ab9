package attache.cli;

import attache.store.EventRow;

import java.util.List;

/** The columns an event is printed with, by the events and timeline commands. */
final class EventColumns {

    private EventColumns() {
    }

    static List<ResultPrinter.Column<EventRow>> all() {
        return List.of(
                ResultPrinter.Column.full("event_id", EventRow::eventId),
                ResultPrinter.Column.brief("date", EventRow::date),
                ResultPrinter.Column.brief("source", EventRow::sourceCode),
                ResultPrinter.Column.full("source_name", EventRow::sourceName),
                ResultPrinter.Column.brief("target", EventRow::targetCode),
                ResultPrinter.Column.full("target_name", EventRow::targetName),
                ResultPrinter.Column.brief("type", EventRow::type),
                ResultPrinter.Column.full("mode", EventRow::mode),
                ResultPrinter.Column.brief("cameo", EventRow::cameo),
                ResultPrinter.Column.full("cameo_name", EventRow::cameoName),
                ResultPrinter.Column.brief("quad", EventRow::quadClass),
                ResultPrinter.Column.full("goldstein", EventRow::goldstein),
                ResultPrinter.Column.full("day", EventRow::day),
                ResultPrinter.Column.brief("place", EventRow::place),
                ResultPrinter.Column.full("place_country", EventRow::placeCountry),
                ResultPrinter.Column.brief("negated", EventRow::negated),
                ResultPrinter.Column.brief("modality", EventRow::modality),
                ResultPrinter.Column.full("claimant", EventRow::claimantCode),
                ResultPrinter.Column.brief("article", EventRow::articleId),
                ResultPrinter.Column.full("outlet", EventRow::outlet),
                ResultPrinter.Column.full("url", EventRow::url),
                ResultPrinter.Column.full("published", EventRow::published),
                ResultPrinter.Column.full("sentence", EventRow::sentence),
                ResultPrinter.Column.full("evidence_start", EventRow::evidenceStart),
                ResultPrinter.Column.full("evidence_end", EventRow::evidenceEnd),
                ResultPrinter.Column.brief("evidence", EventRow::evidenceText),
                ResultPrinter.Column.full("pattern", EventRow::pattern),
                ResultPrinter.Column.full("confidence", EventRow::confidence));
    }
}
