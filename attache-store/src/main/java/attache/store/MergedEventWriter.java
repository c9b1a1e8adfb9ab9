package attache.store;

import attache.merge.EventClusterer;
import attache.merge.MergedEvent;
import attache.merge.ReportedEvent;
import attache.model.Event;
import attache.model.Place;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Rebuilds {@code merged_events} and {@code merged_event_members} from every stored event. Merging
 * depends on the whole set of events (a new report can join two others, or change a representative),
 * so the tables are recomputed rather than patched; the merger is deterministic, so the same store
 * always gives the same rows. The caller runs it in one transaction.
 */
final class MergedEventWriter {

    private final Connection db;

    MergedEventWriter(Connection db) {
        this.db = db;
    }

    /** Replaces both tables with the merge of every stored event; returns how many merged events there are. */
    int rebuild() throws SQLException {
        List<ReportedEvent> reports = StoredEvents.all(db).stream().map(StoredEvents.Report::report).toList();
        List<MergedEvent> merged = new EventClusterer().merge(reports);
        try (Statement st = db.createStatement()) {
            st.executeUpdate("DELETE FROM merged_event_members");
            st.executeUpdate("DELETE FROM merged_events");
        }
        try (Rows events = Rows.into(db, "merged_events", 18); Rows members = Rows.into(db, "merged_event_members", 2)) {
            for (MergedEvent m : merged) {
                events.add(row(m));
                for (ReportedEvent r : m.members()) {
                    members.add(m.mergedId(), r.eventId());
                }
            }
            events.flush();
            members.flush();
        }
        return merged.size();
    }

    /** The representative's fields and the merged counts, in the columns' order. */
    private static Object[] row(MergedEvent m) {
        Event e = m.representative();
        return new Object[] {m.mergedId(), e.source().actor().code(), e.target().map(t -> t.actor().code()).orElse(null),
                e.type().name(), e.cameo().code(), e.cameo().quadClass(), e.cameo().goldstein(), e.date().value(),
                DatePeriod.of(e.date().value()).map(DatePeriod::first).orElse(null),
                e.location().map(Place::name).orElse(null), e.location().map(Place::country).orElse(null),
                e.negated(), e.modality().label(), m.members().get(0).articleId(), m.numMentions(), m.numSources(),
                m.numArticles(), m.numStories()};
    }
}
