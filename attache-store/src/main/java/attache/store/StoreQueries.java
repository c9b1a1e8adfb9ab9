package attache.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The read side of the store: parameterised SELECTs, each ordered so the same store gives the same rows. */
final class StoreQueries {

    private static final int TOP = 10;

    private final Connection db;

    StoreQueries(Connection db) {
        this.db = db;
    }

    /** Maps one result row to a value. */
    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> select(String sql, RowMapper<T> mapper, Object... params) {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            Rows.bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new StoreException("query failed", e);
        }
    }

    List<EventRow> events(EventQuery query) {
        EventSql sql = EventSql.of(query);
        return select(sql.select(), StoreQueries::eventRow, sql.params());
    }

    List<TimelineDay> timeline(String actor, Optional<String> with) {
        EventQuery q = with.map(other -> EventQuery.ALL.withDyad(actor, other))
                .orElseGet(() -> EventQuery.ALL.withActor(actor));
        Map<LocalDate, List<EventRow>> byDay = new TreeMap<>();
        for (EventRow row : events(q)) {
            if (row.day() != null) {
                byDay.computeIfAbsent(row.day(), d -> new ArrayList<>()).add(row);
            }
        }
        List<TimelineDay> days = new ArrayList<>();
        byDay.forEach((day, rows) -> days.add(new TimelineDay(day, rows.size(), rows)));
        return days;
    }

    List<QuoteRow> quotes(Optional<String> speaker, Optional<String> actorCode) {
        String sql = "SELECT q.article_id, q.idx, a.published, a.outlet, q.speaker, q.speaker_actor_code, q.text, "
                + "q.start_char, q.end_char FROM quotes q JOIN articles a ON a.id = q.article_id "
                + "WHERE (? IS NULL OR contains(lower(coalesce(q.speaker, '')), ?)) "
                + "AND (? IS NULL OR starts_with(coalesce(q.speaker_actor_code, ''), ?)) "
                + "ORDER BY a.published, q.article_id, q.idx";
        String name = speaker.map(s -> s.toLowerCase(Locale.ROOT)).orElse(null);
        String code = actorCode.map(s -> s.toUpperCase(Locale.ROOT)).orElse(null);
        return select(sql, rs -> new QuoteRow(rs.getString(1), rs.getInt(2), date(rs, 3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8), rs.getInt(9)),
                name, name, code, code);
    }

    StoreStats stats(Map<String, Long> tables) {
        List<StoreStats.ActorCount> actors = select("SELECT code, count(*) AS n FROM ("
                        + "SELECT source_code AS code FROM events UNION ALL "
                        + "SELECT target_code FROM events WHERE target_code IS NOT NULL) "
                        + "GROUP BY code ORDER BY n DESC, code LIMIT ?",
                rs -> new StoreStats.ActorCount(rs.getString(1), rs.getLong(2)), (long) TOP);
        List<StoreStats.DyadCount> dyads = select("SELECT source_code, target_code, count(*) AS n FROM events "
                        + "WHERE target_code IS NOT NULL GROUP BY source_code, target_code "
                        + "ORDER BY n DESC, source_code, target_code LIMIT ?",
                rs -> new StoreStats.DyadCount(rs.getString(1), rs.getString(2), rs.getLong(3)), (long) TOP);
        List<StoreStats.MonthCount> months = select("SELECT strftime(day_from, '%Y-%m') AS month, quad_class, "
                        + "count(*) FROM events WHERE day_from IS NOT NULL GROUP BY month, quad_class "
                        + "ORDER BY month, quad_class",
                rs -> new StoreStats.MonthCount(rs.getString(1), rs.getInt(2), rs.getLong(3)));
        return new StoreStats(tables, actors, dyads, months);
    }

    List<IngestLogEntry> ingestLog() {
        return select("SELECT id, origin, reason, logged_at FROM ingest_log ORDER BY id",
                rs -> new IngestLogEntry(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toLocalDateTime()));
    }

    private static EventRow eventRow(ResultSet rs) throws SQLException {
        return new EventRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), date(rs, 5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getString(12), rs.getString(13), rs.getInt(14), rs.getDouble(15),
                rs.getString(16), date(rs, 17), rs.getString(18), rs.getString(19), rs.getBoolean(20),
                rs.getString(21), rs.getString(22), rs.getString(23), rs.getInt(24), rs.getInt(25),
                rs.getInt(26), rs.getString(27), rs.getString(28), rs.getDouble(29));
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
