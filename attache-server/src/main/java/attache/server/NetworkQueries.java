package attache.server;

import attache.store.StoreException;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Aggregates over the stored events for the actor list and the network: counts per actor and per
 * dyad, split into cooperation (QuadClass 1 and 2) and conflict (3 and 4), within an optional range of
 * the events' first days. Parameterised SQL only.
 */
final class NetworkQueries {

    /** An actor code and its events, as source or target. */
    record ActorCount(String code, long events, long cooperation, long conflict) {
    }

    /** A directed pair of actor codes and their events. */
    record DyadCount(String source, String target, long events, long cooperation, long conflict) {
    }

    /** The network of a date range; {@code first}/{@code last} are the events' earliest and latest days. */
    record Network(LocalDate from, LocalDate to, LocalDate first, LocalDate last, List<ActorCount> actors,
                   List<DyadCount> dyads) {
    }

    private static final String RANGE = "(CAST(? AS DATE) IS NULL OR day_from >= ?) "
            + "AND (CAST(? AS DATE) IS NULL OR day_from <= ?)";
    private static final String SPLIT = "count(*), count(*) FILTER (WHERE quad_class <= 2), "
            + "count(*) FILTER (WHERE quad_class >= 3)";

    private final Connection db;

    NetworkQueries(Connection db) {
        this.db = db;
    }

    List<ActorCount> actors(LocalDate from, LocalDate to) {
        String sql = "SELECT code, " + SPLIT + " FROM (SELECT source_code AS code, quad_class, day_from FROM events "
                + "UNION ALL SELECT target_code, quad_class, day_from FROM events WHERE target_code IS NOT NULL) "
                + "WHERE " + RANGE + " GROUP BY code ORDER BY 2 DESC, code";
        List<ActorCount> out = new ArrayList<>();
        query(sql, from, to, rs -> out.add(new ActorCount(rs.getString(1), rs.getLong(2), rs.getLong(3),
                rs.getLong(4))));
        return out;
    }

    Network network(LocalDate from, LocalDate to) {
        List<DyadCount> dyads = new ArrayList<>();
        query("SELECT source_code, target_code, " + SPLIT + " FROM events WHERE target_code IS NOT NULL AND "
                + RANGE + " GROUP BY source_code, target_code ORDER BY 3 DESC, 1, 2", from, to,
                rs -> dyads.add(new DyadCount(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5))));
        LocalDate[] span = new LocalDate[2];
        query("SELECT min(day_from), max(day_from) FROM events WHERE " + RANGE, from, to, rs -> {
            span[0] = day(rs.getDate(1));
            span[1] = day(rs.getDate(2));
        });
        return new Network(from, to, span[0], span[1], actors(from, to), dyads);
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, LocalDate from, LocalDate to, RowReader reader) {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            Date f = from == null ? null : Date.valueOf(from);
            Date t = to == null ? null : Date.valueOf(to);
            ps.setObject(1, f);
            ps.setObject(2, f);
            ps.setObject(3, t);
            ps.setObject(4, t);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot count events", e);
        }
    }

    private static LocalDate day(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
