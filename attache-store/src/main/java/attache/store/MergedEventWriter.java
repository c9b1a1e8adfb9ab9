package attache.store;

import attache.merge.EventClusterer;
import attache.merge.MergedEvent;
import attache.merge.ReportedEvent;
import attache.model.Event;
import attache.model.Place;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rebuilds {@code merged_events} and {@code merged_event_members} from every stored event. Merging
 * depends on the whole set of events (a new report can join two others, or change a representative),
 * so the merge is recomputed rather than patched; the merger is deterministic, so the same store
 * always gives the same rows, and only the rows that changed are written. The caller runs it in one
 * transaction.
 */
final class MergedEventWriter {

    private final Connection db;

    MergedEventWriter(Connection db) {
        this.db = db;
    }

    /**
     * Makes both tables the merge of every stored event; returns how many merged events there are.
     * Only the rows that differ are written: a merged id names its member set, so an unchanged merged
     * event keeps its rows, and a batch that touches a few dyads of a large store writes a few rows.
     */
    int rebuild() throws SQLException {
        List<ReportedEvent> reports = StoredEvents.all(db).stream().map(StoredEvents.Report::report).toList();
        List<MergedEvent> merged = new EventClusterer().merge(reports);
        Map<String, String> stored = storedRows();
        List<MergedEvent> fresh = new ArrayList<>();
        Set<String> kept = new HashSet<>();
        for (MergedEvent m : merged) {
            if (canonical(row(m)).equals(stored.get(m.mergedId()))) {
                kept.add(m.mergedId());
            } else {
                fresh.add(m);
            }
        }
        List<String> stale = stored.keySet().stream().filter(id -> !kept.contains(id)).sorted().toList();
        delete("merged_event_members", stale);
        delete("merged_events", stale);
        try (Rows events = Rows.into(db, "merged_events", 18); Rows members = Rows.into(db, "merged_event_members", 2)) {
            for (MergedEvent m : fresh) {
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

    /** Every stored merged event's row, in the canonical form of {@link #canonical}. */
    private Map<String, String> storedRows() throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM merged_events")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Object[] row = new Object[columns];
                for (int c = 0; c < columns; c++) {
                    row[c] = rs.getObject(c + 1);
                }
                out.put(rs.getString(1), canonical(row));
            }
        }
        return out;
    }

    /** A row as one string, alike whether its values come from Java or back from DuckDB. */
    private static String canonical(Object[] row) {
        StringBuilder sb = new StringBuilder();
        for (Object v : row) {
            if (v == null) {
                sb.append('\u0000');
            } else if (v instanceof Double || v instanceof Float) {
                sb.append(((Number) v).doubleValue());
            } else if (v instanceof Number n) {
                sb.append(n.longValue());
            } else if (v instanceof java.sql.Date d) {
                sb.append(d.toLocalDate());
            } else {
                sb.append(v);
            }
            sb.append('\u001f');
        }
        return sb.toString();
    }

    private void delete(String table, List<String> ids) throws SQLException {
        for (int from = 0; from < ids.size(); from += Rows.CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + Rows.CHUNK));
            String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement ps = db.prepareStatement("DELETE FROM " + table + " WHERE merged_id IN (" + marks + ")")) {
                Rows.bind(ps, chunk.toArray());
                ps.executeUpdate();
            }
        }
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
