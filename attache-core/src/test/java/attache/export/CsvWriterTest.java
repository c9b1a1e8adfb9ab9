package attache.export;

import attache.model.Actor;
import attache.model.Event;
import attache.model.Participant;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvWriterTest {

    /** A small RFC 4180 reader: quoted fields may hold commas, quotes (doubled) and line breaks. */
    private static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }

    private static ExportEvent awkward() {
        ExportEvent plain = ExportStories.singleTalks(3, "2019-10", true);
        Event e = plain.event();
        Participant named = new Participant(new Actor("Kim \"Rocket\", Jr.\nof\r\nPyongyang", "PRK", null, "GOV",
                null, "t"), e.source().mention());
        Event renamed = new Event(named, e.target(), e.type(), e.mode(), e.cameo(), e.date(), e.location(),
                true, e.modality(), e.claimant(), e.sentence(), e.trigger(), e.evidence(), e.pattern(), e.confidence());
        return new ExportEvent(3, renamed, 1, 1, 1, plain.sourceUrl(), plain.dateAdded(), plain.mentions());
    }

    @Test
    void rows_round_trip_through_an_rfc4180_parser() throws IOException {
        CsvWriter writer = new CsvWriter();
        List<ExportEvent> events = List.of(awkward(), ExportStories.singleTalks(4, "2019-10-05", false));
        StringWriter out = new StringWriter();
        writer.write(events, out);
        List<List<String>> rows = parse(out.toString());
        assertEquals(3, rows.size());
        assertEquals(CsvWriter.HEADER, rows.get(0));
        for (int i = 0; i < events.size(); i++) {
            List<String> expected = writer.row(events.get(i)).stream().map(s -> s == null ? "" : s).toList();
            assertEquals(expected, rows.get(i + 1));
        }
        assertEquals("Kim \"Rocket\", Jr.\nof\r\nPyongyang", rows.get(1).get(CsvWriter.HEADER.indexOf("source_name")));
        assertEquals("2019-10", rows.get(1).get(CsvWriter.HEADER.indexOf("date")));
        assertEquals("month", rows.get(1).get(CsvWriter.HEADER.indexOf("date_precision")));
        assertEquals("", rows.get(2).get(CsvWriter.HEADER.indexOf("target_code")));
    }
}
