package attache.export;

import attache.model.Actor;
import attache.model.Event;
import attache.model.Participant;
import attache.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GdeltEventsWriterTest {

    private final GdeltEventsWriter writer = new GdeltEventsWriter();

    private static String[] fields(String row) {
        return row.split("\t", -1);
    }

    private String written(List<ExportEvent> events) throws IOException {
        StringWriter out = new StringWriter();
        writer.write(events, out);
        return out.toString();
    }

    @Test
    void every_row_has_61_fields_with_and_without_target_and_at_any_precision() throws IOException {
        String out = written(List.of(ExportStories.singleTalks(1, "2019-10-05", true),
                ExportStories.singleTalks(2, "2019-10", false), ExportStories.singleTalks(3, "2019", true),
                ExportStories.singleTalks(4, "2019-W40", false), ExportStories.singleTalks(5, "PRESENT_REF", true)));
        List<String> rows = out.lines().toList();
        assertEquals(5, rows.size());
        rows.forEach(r -> assertEquals(61, fields(r).length, r));
    }

    @Test
    void columns_hold_gdelt_values_in_gdelt_order() {
        String[] f = fields(writer.row(ExportStories.singleTalks(42, "2019-10-05", true)));
        assertEquals("42", f[0]);
        assertEquals("20191005", f[1]);
        assertEquals("201910", f[2]);
        assertEquals("2019", f[3]);
        assertEquals("2019.8356", f[4]);
        assertEquals("PRKGOV", f[5]);
        assertEquals("NORTH KOREA", f[6]);
        assertEquals("PRK", f[7]);
        assertEquals("GOV", f[12]);
        assertEquals("USAGOV", f[15]);
        assertEquals("1", f[25]);
        assertEquals("046", f[26]);
        assertEquals("046", f[27]);
        assertEquals("04", f[28]);
        assertEquals("1", f[29]);
        assertEquals("7", f[30]);
        assertEquals("1", f[31]);
        assertEquals("", f[34]);
        assertEquals("Stockholm", f[52]);
        assertEquals("SW", f[53]);
        assertEquals("20191007000000", f[59]);
        assertEquals("https://news.example/a1", f[60]);
    }

    @Test
    void missing_target_leaves_the_actor2_block_empty() {
        String[] f = fields(writer.row(ExportStories.singleTalks(1, "2019-10-05", false)));
        for (int i = 15; i < 25; i++) {
            assertEquals("", f[i], "column " + i);
        }
    }

    @Test
    void month_precision_is_written_as_the_first_day_of_the_month() {
        String[] f = fields(writer.row(ExportStories.singleTalks(1, "2019-10", true)));
        assertEquals("20191001", f[1]);
        assertEquals("201910", f[2]);
    }

    @Test
    void a_date_with_no_calendar_day_takes_the_publication_day() {
        String[] f = fields(writer.row(ExportStories.singleTalks(1, "2019-SU", true)));
        assertEquals("20191007", f[1]);
    }

    @Test
    void tabs_and_newlines_in_names_are_replaced_by_spaces() {
        ExportEvent plain = ExportStories.singleTalks(1, "2019-10-05", true);
        Event e = plain.event();
        Participant dirty = new Participant(new Actor("North\tKorea\nState\r\n", "PRK", null, "GOV", null, "t"),
                e.source().mention());
        Event renamed = new Event(dirty, e.target(), e.type(), e.mode(), e.cameo(), e.date(), e.location(),
                e.negated(), e.modality(), e.claimant(), e.sentence(), e.trigger(), e.evidence(), e.pattern(),
                e.confidence());
        ExportEvent dirtyEvent = new ExportEvent(1, renamed, 1, 1, 1, "https://x.example/a\tb", plain.dateAdded(),
                plain.mentions());
        String row = writer.row(dirtyEvent);
        assertFalse(row.contains("\n") || row.contains("\r"));
        String[] f = fields(row);
        assertEquals(61, f.length);
        assertEquals("NORTH KOREA STATE ", f[6]);
    }

    @Test
    void quad_class_zero_becomes_gdelt_verbal_cooperation() {
        ExportEvent plain = ExportStories.singleTalks(1, "2019-10-05", true);
        Event e = plain.event();
        var statement = new attache.model.CameoCode("010", "Make statement", 0, 0.0, Optional.empty(), Optional.empty());
        Event said = new Event(e.source(), e.target(), e.type(), Optional.empty(), statement, e.date(), Optional.empty(),
                false, e.modality(), e.claimant(), 3, e.trigger(), e.evidence(), e.pattern(), e.confidence());
        String[] f = fields(writer.row(new ExportEvent(1, said, 1, 1, 1, null, plain.dateAdded(), List.of())));
        assertEquals("1", f[29]);
        assertEquals("0", f[30]);
        assertEquals("0", f[25]);
        assertEquals("", f[60]);
    }

    @Test
    void column_count_matches_the_official_gdelt_header() throws IOException {
        var header = SharedData.require("data/gdelt/GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv");
        long columns = Files.readAllLines(header).stream().skip(1).filter(l -> l.matches("^[A-Za-z0-9_]+,.*"))
                .count();
        assertEquals(GdeltEventsWriter.COLUMNS, columns);
    }

    @Test
    void every_country_in_the_fips_table_has_a_two_letter_code() {
        FipsCodes fips = FipsCodes.bundled();
        assertTrue(fips.size() > 240);
        assertEquals(Optional.of("KS"), fips.of("KOR"));
        assertEquals(Optional.of("KN"), fips.of("PRK"));
        assertEquals(Optional.of("UK"), fips.of("GBR"));
        assertEquals(Optional.empty(), fips.of("PSE"));
    }

    @Test
    void first_day_of_week_and_quarter_values() {
        assertEquals("2019-09-30", GdeltDates.firstDay("2019-W40").orElseThrow().toString());
        assertEquals("2019-07-01", GdeltDates.firstDay("2019-Q3").orElseThrow().toString());
        assertTrue(GdeltDates.firstDay("2019-02-30").isEmpty());
    }

}
