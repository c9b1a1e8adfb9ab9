package attache.server;

import attache.model.AnalyzedArticle;
import attache.model.Article;
import attache.server.browser.Browser;
import attache.store.KnowledgeBase;
import io.javalin.Javalin;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The set-up the UI's browser tests share: a store in a new temporary folder filled by the test, the
 * API over it on a free local port, and a headless browser on its pages. Where the browser is not
 * installed, {@link #start} skips the test (as {@link Browser#start} does) after closing what it
 * had opened.
 */
final class BrowserSession implements AutoCloseable {

    private final KnowledgeBase base;
    private final Javalin app;
    private final Browser browser;

    private BrowserSession(KnowledgeBase base, Javalin app, Browser browser) {
        this.base = base;
        this.app = app;
        this.browser = browser;
    }

    /**
     * Opens a store in a temporary folder named after {@code prefix}, lets {@code fill} store stories in
     * it (merging events after), and serves it with writes needing {@link TestServer#TOKEN} and analysis
     * by {@code analyser}.
     */
    static BrowserSession start(String prefix, Consumer<KnowledgeBase> fill,
            Function<Article, AnalyzedArticle> analyser) throws IOException {
        KnowledgeBase base = KnowledgeBase.open(Files.createTempDirectory(prefix));
        Javalin app = null;
        try {
            fill.accept(base);
            base.mergeEvents();
            app = new ApiServer(base, analyser, ServerOptions.withToken(TestServer.TOKEN)).app();
            app.start("127.0.0.1", 0);
            return new BrowserSession(base, app, Browser.start("http://127.0.0.1:" + app.port()));
        } catch (RuntimeException | Error e) {
            // a skipped test (no browser installed) comes here too: leave no server or store open
            if (app != null) {
                app.stop();
            }
            base.close();
            throw e;
        }
    }

    Browser browser() {
        return browser;
    }

    /** Fails when the browser's console holds errors that {@code expected} does not accept. */
    void assertNoConsoleErrors(Predicate<String> expected) {
        assertEquals(List.of(), browser.consoleErrors(expected), "errors in the browser console");
    }

    @Override
    public void close() {
        browser.close();
        app.stop();
        base.close();
    }
}
