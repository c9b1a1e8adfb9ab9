package attache.server;

import attache.store.StoreException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * A stored article as one JSON document, rebuilt from its rows: the article's columns, then one array
 * per layer ({@code boilerplate}, {@code entities}, {@code times}, {@code quotes}, {@code actor_mentions},
 * {@code events}), each row an object keyed by the store's column names (docs/store.md), in stored order.
 */
final class ArticleDocuments {

    /** The layer tables, keyed by article_id with an idx column; names are constants, never input. */
    private static final List<String> LAYERS = List.of("boilerplate", "entities", "times", "quotes",
            "actor_mentions", "events");

    private final ObjectMapper json;

    ArticleDocuments(ObjectMapper json) {
        this.json = json;
    }

    /** The article's document, or empty when no article has this id. */
    Optional<JsonNode> find(Connection db, String id) {
        try {
            ArrayNode articles = rows(db, "SELECT * FROM articles WHERE id = ?", id);
            if (articles.isEmpty()) {
                return Optional.empty();
            }
            ObjectNode doc = (ObjectNode) articles.get(0);
            for (String layer : LAYERS) {
                doc.set(layer, rows(db, "SELECT * FROM " + layer + " WHERE article_id = ? ORDER BY idx", id));
            }
            return Optional.of(doc);
        } catch (SQLException e) {
            throw new StoreException("cannot read article " + id, e);
        }
    }

    private ArrayNode rows(Connection db, String sql, String id) throws SQLException {
        ArrayNode out = json.createArrayNode();
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    out.add(row(rs, meta));
                }
            }
        }
        return out;
    }

    private ObjectNode row(ResultSet rs, ResultSetMetaData meta) throws SQLException {
        ObjectNode row = json.createObjectNode();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
            String name = meta.getColumnLabel(c);
            if (name.equals("article_id")) {
                continue;
            }
            Object value = rs.getObject(c);
            if (value == null) {
                row.putNull(name);
            } else if (value instanceof Integer i) {
                row.put(name, i);
            } else if (value instanceof Long l) {
                row.put(name, l);
            } else if (value instanceof Double d) {
                row.put(name, d);
            } else if (value instanceof Boolean b) {
                row.put(name, b);
            } else {
                row.put(name, value.toString());
            }
        }
        return row;
    }
}
