package attache.feeds;

import java.util.Optional;

/**
 * The watcher's memory of feed items and failing feeds, which must survive restarts so that each
 * item's page is fetched once and a broken feed's backoff goes on (the store keeps both in tables).
 */
public interface SeenItems {

    Optional<SeenItem> find(String feed, String key);

    /** Inserts or replaces the item (keyed by feed and key). */
    void save(SeenItem item);

    /** The feed's failures in a row, if its last poll failed. */
    Optional<FeedFailure> failure(String feed);

    /** Records (or replaces) a failing feed's state. */
    void saveFailure(FeedFailure failure);

    /** Forgets a feed's failures: its last poll worked. */
    void clearFailure(String feed);
}
