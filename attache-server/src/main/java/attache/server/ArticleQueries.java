package attache.server;

import attache.store.ArticleStore;
import attache.store.StoreException;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The article list of the home page: the most recently published first. Parameterised SQL only. */
final class ArticleQueries {

    /** One stored article in the list, with how many events were coded in it. */
    record ArticleSummary(String id, String title, LocalDate published, String url, String outlet, long events) {
    }

    /** One page of articles and how many are stored in all. */
    record ArticlePage(long total, int limit, int offset, List<ArticleSummary> articles) {
    }

    private final ArticleStore store;

    ArticleQueries(ArticleStore store) {
        this.store = store;
    }

    /** Articles by publication date, newest first, then by id. */
    ArticlePage recent(int limit, int offset) {
        String sql = "SELECT a.id, a.title, a.published, a.url, a.outlet, "
                + "(SELECT count(*) FROM events e WHERE e.article_id = a.id) "
                + "FROM articles a ORDER BY a.published DESC, a.id LIMIT ? OFFSET ?";
        List<ArticleSummary> out = new ArrayList<>();
        try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
            ps.setInt(1, limit);
            ps.setInt(2, offset);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ArticleSummary(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                            rs.getString(4), rs.getString(5), rs.getLong(6)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot list the articles", e);
        }
        return new ArticlePage(store.tableCounts().get("articles"), limit, offset, out);
    }
}
