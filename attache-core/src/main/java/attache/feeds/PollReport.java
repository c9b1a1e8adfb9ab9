package attache.feeds;

import java.time.Instant;
import java.util.Locale;

/**
 * How one poll of one feed went.
 *
 * @param feed     the feed's address
 * @param items    items the feed listed
 * @param fresh    items fetched this poll (new ones, and earlier failures whose retry was due)
 * @param ingested of those, stored
 * @param refused  of those, fetched but not articles
 * @param failed   of those, not fetched (to be retried, or given up)
 * @param error    why the feed itself could not be read, or null
 * @param nextPoll when the feed is polled next
 */
public record PollReport(String feed, int items, int fresh, int ingested, int refused, int failed, String error,
                         Instant nextPoll) {

    /** The poll's log line. */
    public String describe() {
        Instant next = nextPoll.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        if (error != null) {
            return String.format(Locale.ROOT, "%s: feed failed: %s; next try %s", feed, error, next);
        }
        return String.format(Locale.ROOT, "%s: %d items, %d new, %d ingested, %d refused, %d failed; next poll %s",
                feed, items, fresh, ingested, refused, failed, next);
    }
}
