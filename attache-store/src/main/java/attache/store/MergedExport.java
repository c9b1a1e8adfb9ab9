package attache.store;

import attache.export.ExportEvent;
import attache.export.ExportMention;
import attache.merge.EventClusterer;
import attache.merge.ReportedEvent;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The store's merged events as the exports want them: one {@link ExportEvent} per merged event, by
 * merged id, with the GDELT-style counts of {@code merged_events} and a mention for every sentence of
 * every member. The first report is the representative's (the first member in
 * {@link EventClusterer#CANONICAL} order), whose mentions come first. Parquet is written here, by
 * DuckDB, with the columns of {@code merged_events} and four more (see {@code docs/store.md}).
 */
public final class MergedExport {

    /**
     * Which merged events to export; null means no bound.
     *
     * @param from  first day, included, of the event's date (the first day of its period)
     * @param to    last day, included
     * @param actor a CAMEO code prefix either party's code starts with
     */
    public record Filter(LocalDate from, LocalDate to, String actor) {
        public static Filter none() {
            return new Filter(null, null, null);
        }

        /** A SQL condition on {@code merged_events m}, its values left to {@link #bind} (never spliced in). */
        String where() {
            List<String> parts = new ArrayList<>(List.of("TRUE"));
            if (from != null) {
                parts.add("m.day_from >= ?");
            }
            if (to != null) {
                parts.add("m.day_from <= ?");
            }
            if (actor != null) {
                parts.add("(starts_with(m.source_code, ?) OR starts_with(coalesce(m.target_code, ''), ?))");
            }
            return String.join(" AND ", parts);
        }

        /** Binds the values of {@link #where()}'s marks, in order, from the first parameter. */
        void bind(PreparedStatement ps) throws SQLException {
            int i = 1;
            if (from != null) {
                ps.setObject(i++, java.sql.Date.valueOf(from));
            }
            if (to != null) {
                ps.setObject(i++, java.sql.Date.valueOf(to));
            }
            if (actor != null) {
                String prefix = actor.trim().toUpperCase(java.util.Locale.ROOT);
                ps.setString(i++, prefix);
                ps.setString(i, prefix);
            }
        }
    }

    private final Connection db;

    public MergedExport(ArticleStore store) {
        this.db = store.connection();
    }

    /**
     * GDELT's GLOBALEVENTID is a number: the first 15 hex digits of the merged id (60 bits, so never
     * negative). A collision needs about a billion merged events to become likely.
     */
    public static long numericId(String mergedId) {
        return Long.parseLong(mergedId.substring(2, 17), 16);
    }

    /** The merged events the filter keeps, by merged id. */
    public List<ExportEvent> events(Filter filter) {
        try {
            Map<String, StoredEvents.Report> reports = StoredEvents.all(db).stream()
                    .collect(Collectors.toMap(r -> r.report().eventId(), Function.identity()));
            Map<String, List<String>> members = members();
            List<ExportEvent> out = new ArrayList<>();
            try (PreparedStatement ps = db.prepareStatement(
                    "SELECT merged_id, num_mentions, num_sources, num_articles FROM merged_events m WHERE "
                            + filter.where() + " ORDER BY merged_id")) {
                filter.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        List<StoredEvents.Report> of = members.getOrDefault(rs.getString(1), List.of()).stream()
                                .map(reports::get).filter(Objects::nonNull).toList();
                        if (!of.isEmpty()) {
                            out.add(exportEvent(rs.getString(1), of, rs.getInt(2), rs.getInt(3), rs.getInt(4)));
                        }
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the merged events", e);
        }
    }

    /** Writes the merged events the filter keeps to a Parquet file, by merged id. */
    public void parquet(Filter filter, Path out) {
        String select = "SELECT m.merged_id, ('0x' || substr(m.merged_id, 3, 15))::BIGINT AS global_event_id, m.*"
                + " EXCLUDE (merged_id), a.url AS source_url, a.published AS date_added,"
                + " (SELECT list(x.event_id ORDER BY x.event_id) FROM merged_event_members x"
                + " WHERE x.merged_id = m.merged_id) AS event_ids"
                + " FROM merged_events m JOIN articles a ON a.id = m.first_article_id WHERE " + filter.where()
                + " ORDER BY m.merged_id";
        // The output path is the caller's own file name (a command-line option), quoted; the filter's
        // values are bound.
        try (PreparedStatement ps = db.prepareStatement(
                "COPY (" + select + ") TO " + quoted(out.toAbsolutePath().toString()) + " (FORMAT PARQUET)")) {
            filter.bind(ps);
            ps.execute();
        } catch (SQLException e) {
            throw new StoreException("cannot write " + out, e);
        }
    }

    private Map<String, List<String>> members() throws SQLException {
        Map<String, List<String>> out = new HashMap<>();
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT merged_id, event_id FROM merged_event_members ORDER BY merged_id, event_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return out;
    }

    private static ExportEvent exportEvent(String mergedId, List<StoredEvents.Report> members, int mentions,
                                           int sources, int articles) {
        long id = numericId(mergedId);
        Comparator<StoredEvents.Report> canonical = Comparator.comparing(StoredEvents.Report::report,
                EventClusterer.CANONICAL);
        List<StoredEvents.Report> ordered = members.stream().sorted(canonical).toList();
        StoredEvents.Report first = ordered.get(0);
        List<ExportMention> out = new ArrayList<>();
        for (StoredEvents.Report r : ordered) {
            ReportedEvent report = r.report();
            for (StoredEvents.Mention m : r.mentions()) {
                out.add(new ExportMention(id, report.articleId(), r.url(), r.outlet(), r.published(), m.sentence(),
                        m.start(), m.end(), report.event().confidence(), m.text()));
            }
        }
        return new ExportEvent(id, first.event(), mentions, sources, articles, first.url(), first.published(), out);
    }

    private static String quoted(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
