package attache.cli;

import attache.feeds.ArticleSink;
import attache.feeds.FeedParser;
import attache.feeds.PollReport;
import attache.feeds.Watcher;
import attache.feeds.WebFetcher;
import attache.ingest.HtmlArticleReader;
import attache.ingest.IngestResult;
import attache.model.Article;
import attache.store.KnowledgeBase;
import attache.store.StoreResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code attache watch}: polls RSS and Atom feeds and ingests each new item's page once, through the
 * same path as {@code attache ingest}. The seen-set lives in the store, so a restart fetches nothing
 * twice. Ctrl-C lets the poll in progress finish its article, then closes the store.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Poll RSS/Atom feeds and ingest each new item's page once.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every feed was read (--once)", "1:some feed could not be read (--once)",
                "2:usage error, or the store cannot be opened", "130:stopped by Ctrl-C (143 by SIGTERM), store closed"})
final class WatchCommand implements Callable<Integer> {

    /** How long a fetch may take, to connect and for the whole response. */
    static final Duration FETCH_TIMEOUT = Duration.ofSeconds(30);
    /** How long Ctrl-C waits for the poll in progress before the JVM exits anyway (the store is kill-safe). */
    private static final long STOP_GRACE_SECONDS = 60;

    @Parameters(paramLabel = "FEED", arity = "1..*",
            description = "Feed addresses: http(s) URLs, file: URLs, or paths to RSS/Atom files.")
    List<String> feeds;

    @Option(names = "--every", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Time between polls of a feed: 90s, 15m, 1h (default: ${DEFAULT-VALUE}).", defaultValue = "15m")
    Duration every;

    @Option(names = "--once", description = "Poll every feed once and exit (for tests and cron).")
    boolean once;

    @Mixin
    StoreIngestOptions storeOptions;

    private final Main.Models models;

    WatchCommand(Main.Models models) {
        this.models = models;
    }

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        Stopper stopper = once ? null : Stopper.onCtrlC();
        try (KnowledgeBase store = KnowledgeBase.open(storeOptions.db)) {
            StoreIngest ingest = storeOptions.ingest(store, models, err);
            Watcher watcher = new Watcher(feeds, new WebFetcher(FETCH_TIMEOUT, InputOptions.MAX_INPUT_BYTES),
                    new FeedParser(), new HtmlArticleReader(), store.feedItems(), sink(store, ingest, err),
                    Clock.systemUTC(), Watcher.Settings.every(every));
            if (once) {
                List<PollReport> reports = watcher.pollDue();
                reports.forEach(r -> log(err, r));
                return reports.stream().anyMatch(r -> r.error() != null) ? 1 : 0;
            }
            err.printf(Locale.ROOT, "attache: watching %d feeds every %s into %s; Ctrl-C stops%n", feeds.size(),
                    every.toString().substring(2).toLowerCase(Locale.ROOT), storeOptions.db);
            watcher.run(stopper::sleep, r -> log(err, r));
            err.println("attache: watch stopped");
            return 0;
        } finally {
            if (stopper != null) {
                stopper.closed();
            }
        }
    }

    /** Each poll's articles go through the ingest path; merged events are rebuilt when any was stored. */
    private ArticleSink sink(KnowledgeBase store, StoreIngest ingest, PrintStream err) {
        return articles -> {
            StoreIngest.Outcome outcome = ingest.run(articles.stream().<IngestResult>map(IngestResult.Parsed::new)
                    .toList());
            int written = outcome.count(StoreResult.INSERTED) + outcome.count(StoreResult.REPLACED);
            if (written > 0) {
                int merged = store.mergeEvents();
                err.printf(Locale.ROOT, "attache: store %s: %d inserted, %d replaced, %d unchanged; %d merged events%n",
                        storeOptions.db, outcome.count(StoreResult.INSERTED), outcome.count(StoreResult.REPLACED),
                        outcome.count(StoreResult.UNCHANGED), merged);
            }
            return articles.stream().map(Article::origin).map(o -> Optional.ofNullable(outcome.rejections().get(o)))
                    .toList();
        };
    }

    private static void log(PrintStream err, PollReport report) {
        err.println("attache: watch " + report.describe());
    }

    /**
     * Ctrl-C (SIGINT, SIGTERM) wakes the watcher from its sleep and waits until the store is closed
     * before the JVM exits; a poll in progress finishes first (each article is its own transaction, so
     * even a forced exit leaves whole articles).
     */
    private static final class Stopper {
        private final CountDownLatch stop = new CountDownLatch(1);
        private final CountDownLatch closed = new CountDownLatch(1);

        static Stopper onCtrlC() {
            Stopper stopper = new Stopper();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stopper.stop.countDown();
                try {
                    stopper.closed.await(STOP_GRACE_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "attache-watch-stop"));
            return stopper;
        }

        /** Sleeps for {@code wait}; false when Ctrl-C came. */
        boolean sleep(Duration wait) throws InterruptedException {
            return !stop.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        }

        void closed() {
            closed.countDown();
        }
    }
}
