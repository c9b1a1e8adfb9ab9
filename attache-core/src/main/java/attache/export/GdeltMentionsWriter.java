package attache.export;

import attache.model.Event;
import attache.model.Participant;
import attache.model.TextSpan;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;

/**
 * GDELT 2.0 Mentions: one tab-separated row of exactly 16 columns per mention of an event, no
 * header. The representative event's offsets point into the first report, so its mentions carry
 * the actors' and the trigger's offsets; a mention in another article has -1 (GDELT's "not found")
 * for the actors and the start of its sentence for the action.
 */
public final class GdeltMentionsWriter implements EventWriter {

    /** GDELT 2.0 Mentions has 16 columns. */
    public static final int COLUMNS = 16;

    /** MentionType 1: the open web, MentionIdentifier a URL. 2: a citation only. */
    private static final int WEB = 1;
    private static final int CITATION = 2;

    @Override
    public void write(List<ExportEvent> events, Writer out) throws IOException {
        for (ExportEvent e : events) {
            List<ExportMention> first = e.firstReport();
            for (ExportMention m : e.mentions()) {
                out.write(row(e, m, first.contains(m)));
                out.write('\n');
            }
        }
    }

    String row(ExportEvent e, ExportMention m, boolean inFirstReport) {
        Event event = e.event();
        boolean web = m.url() != null && !m.url().isBlank();
        Fields f = new Fields().add(e.id()).add(GdeltDates.dateAdded(e.dateAdded()))
                .add(GdeltDates.dateAdded(m.published())).add(web ? WEB : CITATION).add(m.outlet())
                .add(web ? m.url() : m.articleId())
                .add(m.sentence() + 1L)
                .add(offset(Optional.of(event.source()), inFirstReport))
                .add(offset(event.target(), inFirstReport))
                .add(actionOffset(event.trigger(), m, inFirstReport))
                .add(1)
                .add(Math.round(Math.max(0, Math.min(1, m.confidence())) * 100))
                .empty(4);
        if (f.size() != COLUMNS) {
            throw new IllegalStateException("GDELT mention row of " + f.size() + " columns");
        }
        return f.tsv();
    }

    private static long offset(Optional<Participant> p, boolean inFirstReport) {
        return p.isPresent() && inFirstReport ? p.get().mention().start() : -1;
    }

    private static long actionOffset(TextSpan trigger, ExportMention m, boolean inFirstReport) {
        return inFirstReport ? trigger.start() : m.charStart();
    }
}
