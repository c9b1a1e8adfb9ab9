package attache.export;

import attache.model.Actor;
import attache.model.Event;
import attache.model.Participant;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A flat CSV of events: a header row, then one row per event; RFC 4180 (CRLF line ends, a field
 * with a comma, a quote, CR or LF quoted, quotes doubled). The date is written as the text gave it
 * ("2019-10" for a month), with its precision beside it.
 */
public final class CsvWriter implements EventWriter {

    /** The header, in column order. */
    public static final List<String> HEADER = List.of("id", "date", "date_precision", "source_code", "source_name",
            "source_country", "source_agent", "target_code", "target_name", "target_country", "target_agent",
            "type", "mode", "cameo", "quad_class", "goldstein", "negated", "modality", "place", "place_country",
            "num_mentions", "num_sources", "num_articles", "source_url", "date_added", "confidence", "evidence");

    private static final String EOL = "\r\n";

    @Override
    public void write(List<ExportEvent> events, Writer out) throws IOException {
        out.write(line(HEADER));
        for (ExportEvent e : events) {
            out.write(line(row(e)));
        }
    }

    List<String> row(ExportEvent e) {
        Event event = e.event();
        List<String> cells = new ArrayList<>();
        cells.add(Long.toString(e.id()));
        cells.add(event.date().value());
        cells.add(GdeltDates.precision(event.date().value()));
        actor(cells, Optional.of(event.source()));
        actor(cells, event.target());
        cells.add(event.type().name());
        cells.add(event.mode().orElse(""));
        cells.add(event.cameo().code());
        cells.add(Integer.toString(event.cameo().quadClass()));
        cells.add(Fields.number(event.cameo().goldstein()));
        cells.add(Boolean.toString(event.negated()));
        cells.add(event.modality().label());
        cells.add(event.location().map(p -> p.name()).orElse(""));
        cells.add(event.location().map(p -> p.country()).orElse(""));
        cells.add(Integer.toString(e.numMentions()));
        cells.add(Integer.toString(e.numSources()));
        cells.add(Integer.toString(e.numArticles()));
        cells.add(e.sourceUrl());
        cells.add(e.dateAdded().toString());
        cells.add(Fields.number(event.confidence()));
        cells.add(e.mentions().stream().findFirst().map(ExportMention::evidence).orElse(""));
        return cells;
    }

    private static void actor(List<String> cells, Optional<Participant> participant) {
        Optional<Actor> a = participant.map(Participant::actor);
        cells.add(a.map(Actor::code).orElse(""));
        cells.add(a.map(Actor::name).orElse(""));
        cells.add(a.map(Actor::country).orElse(""));
        cells.add(a.map(Actor::agent).orElse(""));
    }

    static String line(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(quote(cells.get(i)));
        }
        return sb.append(EOL).toString();
    }

    static String quote(String cell) {
        if (cell == null) {
            return "";
        }
        boolean needs = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0;
        return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
