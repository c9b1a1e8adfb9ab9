package attache.export;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GdeltMentionsWriterTest {

    /** The talks told by a first report and by a second outlet's story of the next day. */
    private static ExportEvent twoSources() {
        ExportEvent first = ExportStories.singleTalks(7, "2019-10-05", true);
        List<ExportMention> mentions = new ArrayList<>(first.mentions());
        String other = "Talks\tbetween Pyongyang and Washington resumed in Sweden.";
        mentions.add(new ExportMention(7, "b2", null, "wire.example", LocalDate.parse("2019-10-08"), 2, 300,
                300 + other.length(), 0.6, other));
        return new ExportEvent(7, first.event(), 2, 2, 2, first.sourceUrl(), first.dateAdded(), mentions);
    }

    @Test
    void every_mention_row_has_16_fields() throws IOException {
        StringWriter out = new StringWriter();
        new GdeltMentionsWriter().write(List.of(twoSources(), ExportStories.singleTalks(8, "2019", false)), out);
        List<String> rows = out.toString().lines().toList();
        assertEquals(3, rows.size());
        rows.forEach(r -> assertEquals(16, r.split("\t", -1).length, r));
    }

    @Test
    void first_report_carries_actor_and_action_offsets() {
        ExportEvent e = twoSources();
        String[] f = new GdeltMentionsWriter().row(e, e.mentions().get(0), true).split("\t", -1);
        String text = ExportStories.TALKS;
        assertEquals("7", f[0]);
        assertEquals("20191007000000", f[1]);
        assertEquals("20191007000000", f[2]);
        assertEquals("1", f[3]);
        assertEquals("news.example", f[4]);
        assertEquals("https://news.example/a1", f[5]);
        assertEquals("1", f[6]);
        assertEquals(Integer.toString(text.indexOf("North Korea")), f[7]);
        assertEquals(Integer.toString(text.indexOf("the United States")), f[8]);
        assertEquals(Integer.toString(text.indexOf("resumed")), f[9]);
        assertEquals("1", f[10]);
        assertEquals("80", f[11]);
    }

    @Test
    void another_outlets_mention_has_no_actor_offsets_and_a_citation_when_it_has_no_url() {
        ExportEvent e = twoSources();
        String[] f = new GdeltMentionsWriter().row(e, e.mentions().get(1), false).split("\t", -1);
        assertEquals("20191008000000", f[2]);
        assertEquals("2", f[3]);
        assertEquals("b2", f[5]);
        assertEquals("3", f[6]);
        assertEquals("-1", f[7]);
        assertEquals("-1", f[8]);
        assertEquals("300", f[9]);
        assertEquals("60", f[11]);
    }
}
