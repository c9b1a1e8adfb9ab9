package attache.feeds;

import java.time.Instant;
import java.util.Objects;

/**
 * A feed item the watcher has met, as the seen-set keeps it.
 *
 * @param feed        the feed's address as given on the command line
 * @param key         the item's guid/id, else its link
 * @param link        the page it points to
 * @param firstSeen   when it was first met
 * @param status      where it stands
 * @param attempts    fetches of its page so far
 * @param nextAttempt when a {@link ItemStatus#RETRY} item may be fetched again; null otherwise
 * @param detail      the last failure or refusal, or the stored article's id
 */
public record SeenItem(String feed, String key, String link, Instant firstSeen, ItemStatus status, int attempts,
                       Instant nextAttempt, String detail) {

    public SeenItem {
        Objects.requireNonNull(feed, "feed");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(status, "status");
    }

    /** Whether it is finished with: stored, refused or given up. */
    public boolean settled() {
        return status != ItemStatus.RETRY;
    }
}
