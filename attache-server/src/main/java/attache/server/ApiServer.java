package attache.server;

import attache.model.AnalyzedArticle;
import attache.model.Article;
import attache.store.KnowledgeBase;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Attaché's HTTP API over one store: JSON routes under /api, /health, /metrics and /openapi.json, and
 * the web UI ({@link WebUi}) at /. Every answer carries the {@link SecurityHeaders}.
 * Every failure is answered as {@code {"status": N, "message": "..."}}; an unexpected one as a 500
 * that names no class and carries no stack trace. CORS is not enabled; the caller picks the address.
 */
public final class ApiServer {

    private static final String ERROR_ANSWERED = "attache.error";
    private static final String STARTED = "attache.started";
    private static final String MEASURED = "attache.measured";

    private final StoreAccess store;
    private final Function<Article, AnalyzedArticle> analyser;
    private final ServerOptions options;
    private final Metrics metrics = new Metrics();
    private final ObjectMapper json = mapper();

    /**
     * @param base     the store, open for writing; the caller closes it after the server stops (the
     *                 server's own reader connections close when its app stops)
     * @param analyser the analysis of a posted article (the shared pipeline, built on first use)
     */
    public ApiServer(KnowledgeBase base, Function<Article, AnalyzedArticle> analyser, ServerOptions options) {
        this.store = new StoreAccess(base, Math.max(2, Runtime.getRuntime().availableProcessors()));
        this.analyser = analyser;
        this.options = options;
    }

    /** A new, unstarted Javalin app serving this API. */
    public Javalin app() {
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = options.maxBodyBytes();
            config.jsonMapper(new JavalinJackson(json, false));
            WebUi.register(config);
        });
        app.events(e -> e.serverStopped(store::close));
        app.before(ctx -> ctx.attribute(STARTED, System.nanoTime()));
        app.before(SecurityHeaders::add);
        app.get("/health", this::health);
        app.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(metrics.prometheus()));
        app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi()));
        new QueryRoutes(store).register(app);
        WriteRoute write = new WriteRoute(store, analyser, options.token(), (int) options.maxBodyBytes());
        app.post("/api/articles", write::handle);
        errors(app);
        app.after(this::measure);
        return app;
    }

    private void health(Context ctx) {
        Map<String, Long> counts = store.read(s -> s.tableCounts());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        body.put("articles", counts.get("articles"));
        body.put("events", counts.get("events"));
        body.put("mergedEvents", counts.get("merged_events"));
        ctx.json(body);
    }

    private void errors(Javalin app) {
        app.exception(ApiError.class, (e, ctx) -> answer(ctx, e.status(), e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, e.getStatus(), message(e)));
        app.exception(Exception.class, (e, ctx) -> {
            System.err.println("attache: serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
            answer(ctx, 500, "internal error; the server's log says more");
        });
        app.error(404, ctx -> {
            if (ctx.attribute(ERROR_ANSWERED) == null) {
                answer(ctx, 404, "no route " + ctx.method() + " " + ctx.path());
            }
        });
        app.error(405, ctx -> {
            if (ctx.attribute(ERROR_ANSWERED) == null) {
                answer(ctx, 405, "method " + ctx.method() + " not allowed on " + ctx.path());
            }
        });
    }

    private static String message(HttpResponseException e) {
        if (e.getStatus() == 413) {
            return "request body too large (the limit is set by --max-body; default 2 MB)";
        }
        return e.getMessage();
    }

    private void answer(Context ctx, int status, String message) {
        ctx.attribute(ERROR_ANSWERED, Boolean.TRUE);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("message", message);
        ctx.status(status).json(body);
    }

    /**
     * Counts the request once: Javalin runs after-handlers a second time for a static file, so the
     * first run marks the request. A request no route matched is "static" when a file answered it.
     */
    private void measure(Context ctx) {
        if (ctx.attribute(MEASURED) != null) {
            return;
        }
        ctx.attribute(MEASURED, Boolean.TRUE);
        Long started = ctx.attribute(STARTED);
        long nanos = started == null ? 0 : System.nanoTime() - started;
        String route = ctx.endpointHandlerPath();
        if (route == null || !route.startsWith("/")) {
            route = ctx.statusCode() < 400 ? "static" : "unmatched";
        }
        metrics.record(ctx.method().name(), route, ctx.statusCode(), nanos);
    }

    private static String openApi() {
        try (InputStream in = ApiServer.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json missing from the classpath");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectMapper mapper() {
        SimpleModule dates = new SimpleModule("attache-dates");
        dates.addSerializer(LocalDate.class, ToStringSerializer.instance);
        return new ObjectMapper().registerModule(dates);
    }
}
