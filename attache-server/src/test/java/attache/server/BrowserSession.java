package attache.server;

import attache.model.AnalyzedArticle;
import attache.model.Article;
import attache.server.browser.Browser;
import attache.store.KnowledgeBase;
import io.javalin.Javalin;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The set-up the UI's browser tests share, registered as a static extension: before the class, a
 * store in a new temporary folder filled by the test, the API over it on a free local port, and a
 * headless browser on its pages; after each test, no unexpected error in the browser's console; after
 * the class, all closed. Where the browser is not installed the class is skipped (as
 * {@link Browser#start} does), and what was opened is closed.
 */
final class BrowserSession implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private final String prefix;
    private final Consumer<KnowledgeBase> fill;
    private final Function<Article, AnalyzedArticle> analyser;
    private final Predicate<String> expectedConsoleErrors;
    private KnowledgeBase base;
    private Javalin app;
    private Browser browser;

    /**
     * @param prefix                the temporary folder's name prefix
     * @param fill                  stores the test's stories (events are merged after)
     * @param analyser              the analysis of a posted article; writes need {@link TestServer#TOKEN}
     * @param expectedConsoleErrors the console errors a test may leave
     */
    BrowserSession(String prefix, Consumer<KnowledgeBase> fill, Function<Article, AnalyzedArticle> analyser,
            Predicate<String> expectedConsoleErrors) {
        this.prefix = prefix;
        this.fill = fill;
        this.analyser = analyser;
        this.expectedConsoleErrors = expectedConsoleErrors;
    }

    Browser browser() {
        return browser;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        base = KnowledgeBase.open(Files.createTempDirectory(prefix));
        fill.accept(base);
        base.mergeEvents();
        app = new ApiServer(base, analyser, ServerOptions.withToken(TestServer.TOKEN)).app();
        app.start("127.0.0.1", 0);
        browser = Browser.start("http://127.0.0.1:" + app.port());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (browser != null) {
            assertEquals(List.of(), browser.consoleErrors(expectedConsoleErrors), "errors in the browser console");
        }
    }

    /** Runs after a skipped or failed start too, closing what was opened. */
    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
        if (app != null) {
            app.stop();
        }
        if (base != null) {
            base.close();
        }
    }
}
