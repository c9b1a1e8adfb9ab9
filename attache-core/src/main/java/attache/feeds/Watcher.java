package attache.feeds;

import attache.ingest.HtmlArticleReader;
import attache.ingest.InputException;
import attache.ingest.WebPage;
import attache.model.Article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Polls feeds and ingests the pages of their new items, once each.
 *
 * <p>Every feed is polled at start, then every {@code every}. A feed that fails (HTTP error, timeout,
 * malformed XML) waits {@code 2 × every}, then 4×, 8×… up to a cap before its next try, and the other
 * feeds go on. A new item's page is fetched, read as HTML (the item's date and title stand in when
 * the page gives none) and handed to the sink with the poll's other articles; the seen-set records
 * each item's fate, so a restarted watcher fetches nothing twice. A page that cannot be fetched is
 * tried again on later polls, waiting longer each time, and given up after a few attempts; a page
 * that is not an article is refused once and for all.
 *
 * <p>The clock is injected, and so is the wait between polls, so that tests run without sleeping.
 * Not thread-safe: one thread polls.
 */
public final class Watcher {

    /**
     * How often and how patiently to poll.
     *
     * @param every       the interval between polls of a healthy feed
     * @param feedBackoff the wait after a feed's n-th failure in a row
     * @param itemBackoff the wait after an item's page failed n times
     * @param maxAttempts fetches of a page before it is given up
     */
    public record Settings(Duration every, Backoff feedBackoff, Backoff itemBackoff, int maxAttempts) {

        private static final Duration LONGEST_FEED_WAIT = Duration.ofHours(6);

        public Settings {
            Objects.requireNonNull(every, "every");
            if (every.isNegative() || every.isZero()) {
                throw new IllegalArgumentException("the polling interval must be positive, not " + every);
            }
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1");
            }
        }

        /** Polls every {@code every}; a failing feed waits 2×, 4×… that, up to 6 hours; a page gets 3 attempts. */
        public static Settings every(Duration every) {
            Duration cap = every.compareTo(LONGEST_FEED_WAIT) > 0 ? every.multipliedBy(2) : LONGEST_FEED_WAIT;
            Duration firstWait = every.multipliedBy(2).compareTo(cap) > 0 ? cap : every.multipliedBy(2);
            return new Settings(every, new Backoff(firstWait, cap), new Backoff(every, every.multipliedBy(4)), 3);
        }
    }

    /** Waits between polls; returns false when the watcher is to stop (Ctrl-C). */
    @FunctionalInterface
    public interface Sleeper {
        boolean sleep(Duration wait) throws InterruptedException;
    }

    private final List<String> feeds;
    private final Fetcher fetcher;
    private final FeedParser parser;
    private final HtmlArticleReader html;
    private final SeenItems seen;
    private final ArticleSink sink;
    private final Clock clock;
    private final Settings settings;
    private final Map<String, FeedState> state = new LinkedHashMap<>();

    public Watcher(List<String> feeds, Fetcher fetcher, FeedParser parser, HtmlArticleReader html, SeenItems seen,
                   ArticleSink sink, Clock clock, Settings settings) {
        this.feeds = List.copyOf(new java.util.LinkedHashSet<>(feeds));
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.html = Objects.requireNonNull(html, "html");
        this.seen = Objects.requireNonNull(seen, "seen");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        Instant now = clock.instant();
        for (String feed : this.feeds) {
            // a feed failing before a restart keeps its backoff; the others are due at once
            state.put(feed, seen.failure(feed).map(f -> new FeedState(f.failures(), f.nextPoll()))
                    .orElse(new FeedState(0, now)));
        }
    }

    /** Polls until the sleeper says stop, logging each poll. */
    public void run(Sleeper sleeper, Consumer<PollReport> log) throws Exception {
        do {
            pollDue().forEach(log);
        } while (sleeper.sleep(untilNextDue()));
    }

    /** Polls every feed that is due now, in the order given; returns one report per feed polled. */
    public List<PollReport> pollDue() throws Exception {
        List<PollReport> reports = new ArrayList<>();
        for (String feed : feeds) {
            if (!state.get(feed).nextPoll().isAfter(clock.instant())) {
                reports.add(poll(feed));
            }
        }
        return reports;
    }

    /** How long until the next feed is due (zero when one is due already). */
    public Duration untilNextDue() {
        Instant next = state.values().stream().map(FeedState::nextPoll).min(Instant::compareTo)
                .orElse(clock.instant().plus(settings.every()));
        Duration wait = Duration.between(clock.instant(), next);
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    private PollReport poll(String feed) throws Exception {
        List<FeedItem> items;
        boolean webFeed;
        try {
            Fetched fetched = fetcher.fetch(feed);
            items = parser.parse(fetched.body(), fetched.address());
            webFeed = isWeb(fetched.address());
        } catch (FeedException e) {
            int failures = state.get(feed).failures() + 1;
            Instant next = clock.instant().plus(settings.feedBackoff().after(failures));
            state.put(feed, new FeedState(failures, next));
            seen.saveFailure(new FeedFailure(feed, failures, next, e.getMessage()));
            return new PollReport(feed, 0, 0, 0, 0, 0, e.getMessage() + " (failure " + failures + " in a row)", next);
        }
        Instant next = clock.instant().plus(settings.every());
        if (state.get(feed).failures() > 0) {
            seen.clearFailure(feed);
        }
        state.put(feed, new FeedState(0, next));

        Set<String> thisPoll = new HashSet<>();
        List<SeenItem> fetchedItems = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        int fresh = 0;
        int refused = 0;
        int failed = 0;
        for (FeedItem item : items) {
            if (!thisPoll.add(item.key())) {
                continue;
            }
            Optional<SeenItem> before = seen.find(feed, item.key());
            if (before.isPresent() && (before.get().settled() || before.get().nextAttempt().isAfter(clock.instant()))) {
                continue;
            }
            Instant firstSeen = before.map(SeenItem::firstSeen).orElse(clock.instant());
            int attempts = before.map(SeenItem::attempts).orElse(0) + 1;
            fresh++;
            if (webFeed && !isWeb(item.link())) {
                // a feed from the web must not make the watcher read local files (file:///etc/passwd)
                refused++;
                seen.save(new SeenItem(feed, item.key(), item.link(), firstSeen, ItemStatus.REFUSED, attempts, null,
                        "a feed fetched from the web may link only to http(s) pages"));
                continue;
            }
            Fetched page;
            try {
                page = fetcher.fetch(item.link());
            } catch (FeedException e) {
                failed++;
                boolean giveUp = attempts >= settings.maxAttempts();
                seen.save(new SeenItem(feed, item.key(), item.link(), firstSeen,
                        giveUp ? ItemStatus.FAILED : ItemStatus.RETRY, attempts,
                        giveUp ? null : clock.instant().plus(settings.itemBackoff().after(attempts)), e.getMessage()));
                continue;
            }
            try {
                WebPage webPage = new WebPage(page.body(), item.link(), WebPage.charsetOf(page.contentType()),
                        item.published(), item.title());
                articles.add(html.read(webPage, articleId(item.link()), item.link()));
                fetchedItems.add(new SeenItem(feed, item.key(), item.link(), firstSeen, ItemStatus.INGESTED, attempts,
                        null, null));
            } catch (InputException e) {
                refused++;
                seen.save(new SeenItem(feed, item.key(), item.link(), firstSeen, ItemStatus.REFUSED, attempts, null,
                        e.reason()));
            }
        }
        int ingested = 0;
        if (!articles.isEmpty()) {
            List<Optional<String>> outcomes = sink.ingest(articles);
            for (int i = 0; i < fetchedItems.size(); i++) {
                SeenItem item = fetchedItems.get(i);
                Optional<String> refusal = outcomes.get(i);
                if (refusal.isEmpty()) {
                    ingested++;
                    seen.save(withOutcome(item, ItemStatus.INGESTED, articles.get(i).id()));
                } else {
                    refused++;
                    seen.save(withOutcome(item, ItemStatus.REFUSED, refusal.get()));
                }
            }
        }
        return new PollReport(feed, items.size(), fresh, ingested, refused, failed, null, next);
    }

    private static boolean isWeb(String address) {
        String a = address.toLowerCase(java.util.Locale.ROOT);
        return a.startsWith("http://") || a.startsWith("https://");
    }

    private static SeenItem withOutcome(SeenItem item, ItemStatus status, String detail) {
        return new SeenItem(item.feed(), item.key(), item.link(), item.firstSeen(), status, item.attempts(), null, detail);
    }

    /**
     * The id of the article at {@code link}: the same page announced by two feeds is one article, and
     * the id stays the same across runs.
     */
    public static String articleId(String link) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(link.getBytes(StandardCharsets.UTF_8));
            return "feed-" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JVM", e);
        }
    }

    /** A feed's consecutive failures and when it is due. */
    private record FeedState(int failures, Instant nextPoll) {
    }
}
