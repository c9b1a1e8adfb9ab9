package attache.feeds;

import java.util.Optional;

/**
 * The watcher's memory of feed items, which must survive restarts so that each item's page is
 * fetched once (the store keeps it in a table).
 */
public interface SeenItems {

    Optional<SeenItem> find(String feed, String key);

    /** Inserts or replaces the item (keyed by feed and key). */
    void save(SeenItem item);
}
