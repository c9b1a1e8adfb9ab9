package attache.feeds;

import attache.ingest.HtmlArticleReader;
import attache.ingest.WarcFixture;
import attache.model.Article;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The watcher against a web server on loopback, with a clock the test moves. */
class WatcherTest {

    private static final Duration EVERY = Duration.ofMinutes(15);
    private static final String FERRY = WarcFixture.page("Ferry service resumes", "2024-03-04",
            "The ferry between the two island towns sailed again on Monday after a storm closed the crossing.",
            "Some forty passengers and a dozen lorries made the first crossing.");
    private static final String UNDATED = WarcFixture.page("Bridge to be repaired", null,
            "The town council voted to repair the stone bridge over the river rather than replace it.",
            "Work is to begin in the summer, the mayor said.");

    @TempDir
    Path dir;

    private FeedServer server;
    private final MovableClock clock = new MovableClock(Instant.parse("2024-03-05T08:00:00Z"));
    private final MemorySeen seen = new MemorySeen();
    private final List<Article> stored = new ArrayList<>();

    @BeforeEach
    void start() {
        server = new FeedServer();
        server.serve("/ferry", "text/html; charset=utf-8", FERRY)
                .serve("/bridge", "text/html", UNDATED)
                .serve("/rss.xml", "application/rss+xml", rss(
                        item("ferry-1", "/ferry", "Ferry resumes", "Mon, 04 Mar 2024 09:30:00 GMT"),
                        item("gone-1", "/gone", "A page that 404s", null)))
                .serve("/atom.xml", "application/atom+xml", atom(
                        "<entry><id>tag:bridge</id><title>Bridge vote</title><link href=\"" + server.url("/bridge")
                                + "\"/><updated>2024-03-01T10:00:00Z</updated></entry>"))
                .serve("/broken.xml", 500, "text/plain", "server error")
                .serve("/malformed.xml", "application/rss+xml", "<rss><channel><item>");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String rss(String... items) {
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Isles</title>" + String.join("", items)
                + "</channel></rss>";
    }

    private String item(String guid, String path, String title, String date) {
        return "<item><guid isPermaLink=\"false\">" + guid + "</guid><link>" + server.url(path) + "</link><title>"
                + title + "</title>" + (date == null ? "" : "<pubDate>" + date + "</pubDate>") + "</item>";
    }

    private static String atom(String entries) {
        return "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Town</title>" + entries + "</feed>";
    }

    private Watcher watcher(String... feeds) {
        ArticleSink sink = articles -> {
            stored.addAll(articles);
            return articles.stream().map(a -> Optional.<String>empty()).toList();
        };
        return new Watcher(List.of(feeds), new WebFetcher(Duration.ofSeconds(5), 1_000_000), new FeedParser(),
                new HtmlArticleReader(), seen, sink, clock, Watcher.Settings.every(EVERY));
    }

    private static PollReport report(List<PollReport> reports, String feed) {
        return reports.stream().filter(r -> r.feed().equals(feed)).findFirst().orElseThrow();
    }

    @Test
    void ingests_each_new_item_once_across_polls_and_restarts() throws Exception {
        String rss = server.url("/rss.xml");
        String atom = server.url("/atom.xml");
        Watcher first = watcher(rss, atom);
        List<PollReport> poll1 = first.pollDue();
        assertEquals(2, poll1.size());
        assertEquals(1, report(poll1, rss).ingested());
        assertEquals(1, report(poll1, rss).failed());
        assertEquals(1, report(poll1, atom).ingested());
        assertEquals(2, stored.size());

        Article ferry = stored.get(0);
        assertEquals(server.url("/ferry"), ferry.url());
        assertEquals(LocalDate.of(2024, 3, 4), ferry.published());
        assertEquals(Watcher.articleId(server.url("/ferry")), ferry.id());
        Article bridge = stored.get(1);
        assertEquals(LocalDate.of(2024, 3, 1), bridge.published(), "the page has no date: the feed's is taken");

        clock.advance(EVERY);
        List<PollReport> poll2 = first.pollDue();
        assertEquals(0, report(poll2, atom).fresh());
        assertEquals(2, stored.size());

        clock.advance(EVERY);
        Watcher restarted = watcher(rss, atom);
        restarted.pollDue();
        assertEquals(2, stored.size());
        assertEquals(1, server.hits("/ferry"));
        assertEquals(1, server.hits("/bridge"));
    }

    @Test
    void a_page_that_fails_is_retried_with_backoff_then_given_up() throws Exception {
        String rss = server.url("/rss.xml");
        Watcher watcher = watcher(rss);
        watcher.pollDue();
        SeenItem gone = seen.find(rss, "gone-1").orElseThrow();
        assertEquals(ItemStatus.RETRY, gone.status());
        assertEquals(clock.instant().plus(EVERY), gone.nextAttempt());
        assertTrue(gone.detail().contains("404"), gone.detail());

        clock.advance(EVERY);
        watcher.pollDue();
        SeenItem second = seen.find(rss, "gone-1").orElseThrow();
        assertEquals(2, second.attempts());
        assertEquals(clock.instant().plus(EVERY.multipliedBy(2)), second.nextAttempt(), "the wait doubles");

        clock.advance(EVERY);
        PollReport waiting = watcher.pollDue().get(0);
        assertEquals(0, waiting.fresh(), "not due again yet");
        assertEquals(2, server.hits("/gone"));

        clock.advance(EVERY);
        watcher.pollDue();
        SeenItem last = seen.find(rss, "gone-1").orElseThrow();
        assertEquals(ItemStatus.FAILED, last.status());
        assertEquals(3, last.attempts());
        assertNull(last.nextAttempt());

        clock.advance(Duration.ofHours(5));
        watcher.pollDue();
        assertEquals(3, server.hits("/gone"), "given up: not fetched again");
    }

    @Test
    void a_failing_feed_backs_off_exponentially_while_the_others_go_on() throws Exception {
        String broken = server.url("/broken.xml");
        String malformed = server.url("/malformed.xml");
        String atom = server.url("/atom.xml");
        Watcher watcher = watcher(broken, malformed, atom);

        List<PollReport> poll1 = watcher.pollDue();
        assertEquals(3, poll1.size());
        PollReport failed = report(poll1, broken);
        assertTrue(failed.error().contains("HTTP 500"), failed.error());
        assertEquals(clock.instant().plus(EVERY.multipliedBy(2)), failed.nextPoll());
        assertTrue(report(poll1, malformed).error().startsWith("malformed XML"), report(poll1, malformed).error());
        assertEquals(1, report(poll1, atom).ingested());
        assertTrue(failed.describe().contains("feed failed: HTTP 500"), failed.describe());

        clock.advance(EVERY);
        List<PollReport> poll2 = watcher.pollDue();
        assertEquals(List.of(atom), poll2.stream().map(PollReport::feed).toList(), "the failing feeds wait");
        assertEquals(EVERY, watcher.untilNextDue());

        clock.advance(EVERY);
        PollReport again = report(watcher.pollDue(), broken);
        assertEquals(clock.instant().plus(EVERY.multipliedBy(4)), again.nextPoll(), "twice as long after two failures");
        assertEquals(2, server.hits("/broken.xml"));

        server.serve("/broken.xml", "application/rss+xml", rss(item("ferry-1", "/ferry", "Ferry", null)));
        clock.advance(EVERY.multipliedBy(4));
        PollReport healed = report(watcher.pollDue(), broken);
        assertNull(healed.error());
        assertEquals(1, healed.ingested());
        assertEquals(clock.instant().plus(EVERY), healed.nextPoll());
    }

    @Test
    void a_restarted_watcher_keeps_a_failing_feeds_backoff_and_forgets_it_once_the_feed_works() throws Exception {
        String broken = server.url("/broken.xml");
        watcher(broken).pollDue();
        clock.advance(EVERY.multipliedBy(2));
        watcher(broken).pollDue();
        FeedFailure kept = seen.failure(broken).orElseThrow();
        assertEquals(2, kept.failures());
        assertTrue(kept.error().contains("HTTP 500"), kept.error());

        clock.advance(EVERY);
        Watcher restarted = watcher(broken);
        assertEquals(List.of(), restarted.pollDue(), "a restart does not poll a backing-off feed at once");
        assertEquals(EVERY.multipliedBy(3), restarted.untilNextDue());
        assertEquals(2, server.hits("/broken.xml"));

        server.serve("/broken.xml", "application/rss+xml", rss(item("ferry-1", "/ferry", "Ferry", null)));
        clock.advance(EVERY.multipliedBy(3));
        assertNull(report(restarted.pollDue(), broken).error());
        assertEquals(Optional.empty(), seen.failure(broken));
        assertEquals(1, watcher(broken).pollDue().size(), "a feed that works again is due at once after a restart");
    }

    @Test
    void reads_feeds_from_file_urls_and_plain_paths() throws Exception {
        Path feed = dir.resolve("isles.xml");
        Files.writeString(feed, rss(item("ferry-1", "/ferry", "Ferry", null)));
        watcher(feed.toUri().toString()).pollDue();
        assertEquals(1, stored.size());
        stored.clear();
        Path other = dir.resolve("town.atom");
        Files.writeString(other, atom("<entry><id>b</id><link href=\"" + server.url("/bridge")
                + "\"/><published>2024-03-01</published></entry>"));
        watcher(other.toString()).pollDue();
        assertEquals(1, stored.size());
    }

    @Test
    void a_feed_from_the_web_cannot_make_the_watcher_read_local_files() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.html"), FERRY);
        server.serve("/atom.xml", "application/atom+xml", atom("<entry><id>s</id><link href=\"" + secret.toUri()
                + "\"/></entry>"));
        String atom = server.url("/atom.xml");
        PollReport poll = watcher(atom).pollDue().get(0);
        assertEquals(1, poll.refused());
        assertEquals(0, stored.size());
        assertTrue(seen.find(atom, "s").orElseThrow().detail().contains("only to http(s) pages"));
    }

    @Test
    void a_local_feed_may_link_to_local_pages_relative_to_itself() throws Exception {
        Files.writeString(dir.resolve("ferry.html"), FERRY);
        Path feed = Files.writeString(dir.resolve("local.xml"), rss("<item><guid>f</guid><link>ferry.html</link></item>"));
        watcher(feed.toString()).pollDue();
        assertEquals(1, stored.size());
        assertEquals(dir.resolve("ferry.html"), Path.of(java.net.URI.create(stored.get(0).url())));
    }

    @Test
    void a_page_that_is_not_an_article_is_refused_once() throws Exception {
        server.serve("/atom.xml", "application/atom+xml", atom("<entry><id>b</id><link href=\"" + server.url("/bridge")
                + "\"/></entry>"));
        String atom = server.url("/atom.xml");
        Watcher watcher = watcher(atom);
        PollReport poll = watcher.pollDue().get(0);
        assertEquals(1, poll.refused());
        SeenItem item = seen.find(atom, "b").orElseThrow();
        assertEquals(ItemStatus.REFUSED, item.status());
        assertTrue(item.detail().contains("no publication date"), item.detail());
        clock.advance(EVERY);
        watcher.pollDue();
        assertEquals(1, server.hits("/bridge"));
    }

    @Test
    void an_article_the_analysis_refuses_is_recorded_as_refused() throws Exception {
        String atom = server.url("/atom.xml");
        Watcher watcher = new Watcher(List.of(atom), new WebFetcher(Duration.ofSeconds(5), 1_000_000),
                new FeedParser(), new HtmlArticleReader(), seen,
                articles -> articles.stream().map(a -> Optional.of("not in English")).toList(), clock,
                Watcher.Settings.every(EVERY));
        PollReport poll = watcher.pollDue().get(0);
        assertEquals(0, poll.ingested());
        assertEquals(1, poll.refused());
        assertEquals("not in English", seen.find(atom, "tag:bridge").orElseThrow().detail());
    }

    @Test
    void run_polls_until_the_sleeper_says_stop_without_sleeping() throws Exception {
        Watcher watcher = watcher(server.url("/atom.xml"));
        List<Duration> waits = new ArrayList<>();
        List<PollReport> logged = new ArrayList<>();
        watcher.run(wait -> {
            waits.add(wait);
            clock.advance(wait);
            return waits.size() < 3;
        }, logged::add);
        assertEquals(List.of(EVERY, EVERY, EVERY), waits);
        assertEquals(3, logged.size());
        assertEquals(3, server.hits("/atom.xml"));
    }

    /** The seen-set in memory, as the store keeps it on disk. */
    static final class MemorySeen implements SeenItems {
        private final Map<String, SeenItem> items = new HashMap<>();

        @Override
        public Optional<SeenItem> find(String feed, String key) {
            return Optional.ofNullable(items.get(feed + "\n" + key));
        }

        @Override
        public void save(SeenItem item) {
            assertNotNull(item.firstSeen());
            assertFalse(item.status() == ItemStatus.RETRY && item.nextAttempt() == null);
            items.put(item.feed() + "\n" + item.key(), item);
        }

        private final Map<String, FeedFailure> failures = new HashMap<>();

        @Override
        public Optional<FeedFailure> failure(String feed) {
            return Optional.ofNullable(failures.get(feed));
        }

        @Override
        public void saveFailure(FeedFailure failure) {
            failures.put(failure.feed(), failure);
        }

        @Override
        public void clearFailure(String feed) {
            failures.remove(feed);
        }
    }

    /** A clock the test moves by hand. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
