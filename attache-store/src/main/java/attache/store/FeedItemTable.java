package attache.store;

import attache.feeds.FeedFailure;
import attache.feeds.ItemStatus;
import attache.feeds.SeenItem;
import attache.feeds.SeenItems;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The seen-set of {@code attache watch}, kept in the store's {@code feed_items} table so that it
 * survives restarts: one row per feed and item, replaced as the item's fate changes; and the feeds
 * that are failing, in {@code feed_failures}, so that their backoff survives restarts too. Times are
 * stored as UTC wall-clock times, as the ingest log's are. Like the store, not thread-safe.
 */
final class FeedItemTable implements SeenItems {

    private final ArticleStore store;

    FeedItemTable(ArticleStore store) {
        this.store = store;
    }

    @Override
    public Optional<SeenItem> find(String feed, String key) {
        try (PreparedStatement ps = store.connection().prepareStatement("SELECT link, first_seen, status, attempts, "
                + "next_attempt, detail FROM feed_items WHERE feed = ? AND item_key = ?")) {
            ps.setString(1, feed);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new SeenItem(feed, key, rs.getString(1), instant(rs.getTimestamp(2)),
                        ItemStatus.ofLabel(rs.getString(3)), rs.getInt(4), instant(rs.getTimestamp(5)),
                        rs.getString(6)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the seen feed items", e);
        }
    }

    @Override
    public void save(SeenItem item) {
        store.inTransaction("save feed item " + item.key(), () -> {
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "INSERT OR REPLACE INTO feed_items VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                Rows.bind(ps, item.feed(), item.key(), item.link(), timestamp(item.firstSeen()), item.status().label(),
                        item.attempts(), timestamp(item.nextAttempt()), item.detail());
                ps.executeUpdate();
            }
        });
    }

    @Override
    public Optional<FeedFailure> failure(String feed) {
        try (PreparedStatement ps = store.connection().prepareStatement(
                "SELECT failures, next_poll, error FROM feed_failures WHERE feed = ?")) {
            ps.setString(1, feed);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new FeedFailure(feed, rs.getInt(1), instant(rs.getTimestamp(2)),
                        rs.getString(3))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the failing feeds", e);
        }
    }

    @Override
    public void saveFailure(FeedFailure failure) {
        store.inTransaction("save the failure of feed " + failure.feed(), () -> {
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "INSERT OR REPLACE INTO feed_failures VALUES (?, ?, ?, ?)")) {
                Rows.bind(ps, failure.feed(), failure.failures(), timestamp(failure.nextPoll()), failure.error());
                ps.executeUpdate();
            }
        });
    }

    @Override
    public void clearFailure(String feed) {
        store.inTransaction("clear the failures of feed " + feed, () -> {
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "DELETE FROM feed_failures WHERE feed = ?")) {
                ps.setString(1, feed);
                ps.executeUpdate();
            }
        });
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
