package attache.store;

import attache.feeds.FeedFailure;
import attache.feeds.ItemStatus;
import attache.feeds.SeenItem;
import attache.feeds.SeenItems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FeedItemTableTest {

    @TempDir
    Path dir;

    private static final Instant SEEN = Instant.parse("2024-03-05T08:00:00Z");

    @Test
    void keeps_items_across_reopening_and_replaces_an_items_row() {
        SeenItem retry = new SeenItem("https://isles.example/rss", "ferry-1", "https://isles.example/ferry", SEEN,
                ItemStatus.RETRY, 1, SEEN.plusSeconds(900), "HTTP 503");
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            SeenItems items = kb.feedItems();
            assertEquals(Optional.empty(), items.find("https://isles.example/rss", "ferry-1"));
            items.save(retry);
            assertEquals(Optional.of(retry), items.find("https://isles.example/rss", "ferry-1"));
        }
        SeenItem done = new SeenItem(retry.feed(), retry.key(), retry.link(), SEEN, ItemStatus.INGESTED, 2, null,
                "feed-0123");
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            assertEquals(Optional.of(retry), kb.feedItems().find(retry.feed(), retry.key()));
            kb.feedItems().save(done);
        }
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            assertEquals(Optional.of(done), kb.feedItems().find(retry.feed(), retry.key()));
            assertEquals(Optional.empty(), kb.feedItems().find("https://other.example/rss", retry.key()),
                    "an item is seen per feed");
            assertEquals(1L, kb.store().tableCounts().get("feed_items"));
        }
    }

    @Test
    void keeps_a_failing_feed_across_reopening_until_it_is_cleared() {
        String feed = "https://isles.example/rss";
        FeedFailure failing = new FeedFailure(feed, 2, SEEN.plusSeconds(3600), "HTTP 503");
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            assertEquals(Optional.empty(), kb.feedItems().failure(feed));
            kb.feedItems().saveFailure(new FeedFailure(feed, 1, SEEN.plusSeconds(1800), "timeout"));
            kb.feedItems().saveFailure(failing);
        }
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            assertEquals(Optional.of(failing), kb.feedItems().failure(feed));
            assertEquals(1L, kb.store().tableCounts().get("feed_failures"));
            kb.feedItems().clearFailure(feed);
        }
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            assertEquals(Optional.empty(), kb.feedItems().failure(feed));
        }
    }
}
