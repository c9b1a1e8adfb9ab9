package attache.cli;

import attache.model.AnalyzedArticle;
import attache.model.Article;
import attache.pipeline.Pipeline;
import attache.pipeline.StandardPipeline;
import attache.server.ApiServer;
import attache.server.ServerOptions;
import attache.store.KnowledgeBase;
import io.javalin.Javalin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

/**
 * {@code attache serve}: the HTTP API over a store, until the process is killed. Writes need the
 * printed token unless {@code --open}; the analysis pipeline is loaded on the first write.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the store over HTTP (web UI, JSON API, /openapi.json) until killed.")
final class ServeCommand implements java.util.concurrent.Callable<Integer> {

    @Option(names = "--db", paramLabel = "DIR", description = "The store's folder (default: ${DEFAULT-VALUE}).")
    Path db = Path.of("attache-data");

    @Option(names = "--port", paramLabel = "N", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 7070;

    @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host = "127.0.0.1";

    @Option(names = "--token", paramLabel = "T", description = "The bearer token writes need (default: generated).")
    String token;

    @Option(names = "--open", description = "Accept writes without a token.")
    boolean open;

    @Option(names = "--max-body", paramLabel = "BYTES", description = "Largest request body (default: 2 MB).")
    long maxBody = ServerOptions.DEFAULT_MAX_BODY;

    @Mixin
    LexiconOptions lexiconOptions;

    private final Main.Models models;

    ServeCommand(Main.Models models) {
        this.models = models;
    }

    @Override
    public Integer call() throws Exception {
        if (open && token != null) {
            throw new IllegalArgumentException("give --token or --open, not both");
        }
        Optional<String> writeToken = open ? Optional.empty() : Optional.of(token != null ? token : newToken());
        try (KnowledgeBase base = KnowledgeBase.open(db)) {
            ApiServer api = new ApiServer(base, new LazyAnalyser(), new ServerOptions(writeToken, maxBody));
            Javalin app = api.app();
            CountDownLatch stopped = new CountDownLatch(1);
            app.events(e -> e.serverStopped(stopped::countDown));
            app.start(host, port);
            Runtime.getRuntime().addShutdownHook(new Thread(app::stop));
            System.out.println("attache: serving " + db + " at http://" + host + ":" + app.port()
                    + "/ (web UI; JSON API under /api)");
            System.out.println(writeToken.map(t -> "attache: write token: " + t)
                    .orElse("attache: writes are open (no token)"));
            System.out.flush();
            stopped.await();
        }
        return 0;
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The shared pipeline, built (and the engine loaded) on the first article posted. */
    private final class LazyAnalyser implements Function<Article, AnalyzedArticle> {
        private Pipeline pipeline;

        @Override
        public AnalyzedArticle apply(Article article) {
            return pipeline().apply(article);
        }

        private synchronized Pipeline pipeline() {
            if (pipeline == null) {
                pipeline = StandardPipeline.build(models.engine(), lexiconOptions.lexicons(),
                        lexiconOptions.quoteConfig());
            }
            return pipeline;
        }
    }
}
