package attache.feeds;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One item of a feed: an article the feed announces.
 *
 * @param key       what identifies it within its feed across polls: the RSS guid or Atom id, else its link
 * @param link      the article's address, resolved against the feed's address
 * @param title     the item's title; may be null
 * @param published the item's publication date (RSS pubDate, Atom published or updated); may be null
 */
public record FeedItem(String key, String link, String title, LocalDate published) {

    public FeedItem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(link, "link");
    }
}
