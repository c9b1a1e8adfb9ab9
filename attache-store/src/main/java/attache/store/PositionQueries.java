package attache.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The read side of positions: stored positions by holder, issue or article. */
final class PositionQueries {

    private final Connection db;

    PositionQueries(Connection db) {
        this.db = db;
    }

    /** Positions in the order they are held from (then article and place); every filter present must hold. */
    List<PositionRow> positions(Optional<String> actor, Optional<String> issue, Optional<String> article) {
        String sql = "SELECT p.article_id, p.idx, a.published, p.holder_name, p.holder_code, p.holder_country, "
                + "p.stance, p.span_text, p.span_start, p.span_end, p.phrase, p.issues, p.since, p.date_source, "
                + "p.evidence_start, p.evidence_end FROM positions p JOIN articles a ON a.id = p.article_id "
                + "WHERE (? IS NULL OR starts_with(p.holder_code, ?) OR p.holder_country = ?) "
                + "AND (? IS NULL OR list_contains(string_split(p.issues, ' '), ?)) "
                + "AND (? IS NULL OR p.article_id = ?) "
                + "ORDER BY p.since, a.published, p.article_id, p.idx";
        String holder = actor.map(s -> s.toUpperCase(Locale.ROOT)).orElse(null);
        String topic = issue.map(s -> s.toLowerCase(Locale.ROOT)).orElse(null);
        String id = article.orElse(null);
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            Rows.bind(ps, holder, holder, holder, topic, topic, id, id);
            try (ResultSet rs = ps.executeQuery()) {
                List<PositionRow> out = new ArrayList<>();
                while (rs.next()) {
                    Date published = rs.getDate(3);
                    String issues = rs.getString(12);
                    out.add(new PositionRow(positionId(rs.getString(1), rs.getInt(2)), rs.getString(1), rs.getInt(2),
                            published == null ? null : published.toLocalDate(), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9), rs.getInt(10),
                            rs.getString(11), issues == null || issues.isBlank() ? List.of()
                            : Arrays.asList(issues.split(" ")), rs.getString(13), rs.getString(14), rs.getInt(15),
                            rs.getInt(16)));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new StoreException("query failed", e);
        }
    }

    /** Like a claim's id: the article id and the position's place in the document's {@code positions}. */
    static String positionId(String articleId, int index) {
        return articleId + "#p" + index;
    }
}
