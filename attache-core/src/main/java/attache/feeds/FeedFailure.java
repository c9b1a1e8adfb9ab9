package attache.feeds;

import java.time.Instant;
import java.util.Objects;

/**
 * A feed that is failing: how many polls in a row failed, when it is next tried, and the last
 * error. Kept with the seen-set so that a restarted watcher (or the next cron run of {@code --once})
 * keeps backing off instead of hammering a broken feed at once.
 *
 * @param feed     the feed's address as given
 * @param failures consecutive failed polls (at least 1)
 * @param nextPoll when the feed is tried again
 * @param error    the last failure's message
 */
public record FeedFailure(String feed, int failures, Instant nextPoll, String error) {

    public FeedFailure {
        Objects.requireNonNull(feed, "feed");
        Objects.requireNonNull(nextPoll, "nextPoll");
        if (failures < 1) {
            throw new IllegalArgumentException("a failing feed has failed at least once, not " + failures);
        }
    }
}
