package attache.server;

import attache.export.ExportFormat;
import attache.export.Exporter;
import attache.search.SearchFilter;
import attache.store.ClaimQuery;
import attache.store.EventQuery;
import attache.store.EventRow;
import attache.store.MergedExport;
import attache.store.TimelineDay;
import io.javalin.Javalin;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The read-only routes under /api: articles, events, actors, quotes, claims, conflicts, positions, network, search and export. */
final class QueryRoutes {

    /** The page size when none is asked for, and the largest one allowed. */
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    /** An actor's (or a dyad's) events per day; {@code with} is null for one actor. */
    record Timeline(String actor, String with, List<TimelineDay> days) {
    }

    /** One page of events and how many match in all. */
    record EventPage(long total, int limit, int offset, List<EventRow> events) {
    }

    private final StoreAccess store;

    QueryRoutes(StoreAccess store) {
        this.store = store;
    }

    void register(Javalin app) {
        app.get("/api/articles", this::articles);
        app.get("/api/articles/{id}", this::article);
        app.get("/api/events", this::events);
        app.get("/api/actors", ctx -> ctx.json(Map.of("actors", actors(new Params(ctx)))));
        app.get("/api/actors/{code}/timeline", this::timeline);
        app.get("/api/quotes", this::quotes);
        app.get("/api/claims", this::claims);
        app.get("/api/conflicts", this::conflicts);
        app.get("/api/positions", this::positions);
        app.get("/api/network", this::network);
        app.get("/api/search", this::search);
        app.get("/api/export", this::export);
    }

    private void articles(Context ctx) {
        Params p = new Params(ctx);
        int limit = p.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        int offset = p.integer("offset", 0, 0, Integer.MAX_VALUE);
        ctx.json(store.read(s -> new ArticleQueries(s).recent(limit, offset)));
    }

    /** The document {@code attache process} writes for the article, as it was stored. */
    private void article(Context ctx) {
        String id = ctx.pathParam("id");
        String document = store.read(s -> s.document(id))
                .orElseThrow(() -> ApiError.notFound("no article with id '" + id + "'"));
        ctx.contentType("application/json").result(document);
    }

    private void events(Context ctx) {
        Params p = new Params(ctx);
        EventQuery query = eventQuery(p);
        int limit = p.integer("limit", DEFAULT_LIMIT, 0, MAX_LIMIT);
        int offset = p.integer("offset", 0, 0, Integer.MAX_VALUE);
        int total = store.eventTotal(query);
        List<EventRow> page = limit == 0 || offset >= total ? List.of()
                : store.read(s -> s.events(query.page(limit, offset)));
        ctx.json(new EventPage(total, limit, offset, page));
    }

    /** The filters of {@code attache events}, by the same names. */
    static EventQuery eventQuery(Params p) {
        LocalDate from = p.date("from");
        LocalDate to = p.date("to");
        Params.checkRange(from, to);
        EventQuery q = EventQuery.ALL.withSource(p.code("source")).withTarget(p.code("target"))
                .withActor(p.code("actor")).withType(p.plover("type")).withCameo(p.text("cameo").orElse(null))
                .between(from, to).withPlace(p.text("place").orElse(null)).withNegated(p.bool("negated"))
                .withModality(p.modality("modality"));
        Optional<String> dyad = p.text("dyad");
        if (dyad.isPresent()) {
            String[] parts = dyad.get().split(",");
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw ApiError.badParameter("dyad", dyad.get(), "two actor codes: CODE,CODE");
            }
            q = q.withDyad(parts[0].trim().toUpperCase(java.util.Locale.ROOT),
                    parts[1].trim().toUpperCase(java.util.Locale.ROOT));
        }
        return q;
    }

    private List<NetworkQueries.ActorCount> actors(Params p) {
        LocalDate from = p.date("from");
        LocalDate to = p.date("to");
        Params.checkRange(from, to);
        return store.read(s -> new NetworkQueries(s.connection()).actors(from, to));
    }

    private void timeline(Context ctx) {
        String code = ctx.pathParam("code").trim().toUpperCase(java.util.Locale.ROOT);
        Optional<String> with = new Params(ctx).text("with").map(w -> w.toUpperCase(java.util.Locale.ROOT));
        ctx.json(new Timeline(code, with.orElse(null), store.read(s -> s.timeline(code, with))));
    }

    private void quotes(Context ctx) {
        Params p = new Params(ctx);
        Optional<String> speaker = p.text("speaker");
        Optional<String> actor = Optional.ofNullable(p.code("actor"));
        ctx.json(Map.of("quotes", store.read(s -> s.quotes(speaker, actor))));
    }

    private void claims(Context ctx) {
        Params p = new Params(ctx);
        Optional<String> assessment = oneOf(p, "assessment", List.of("positive", "negative", "neutral"));
        ClaimQuery query = new ClaimQuery(Optional.ofNullable(p.code("actor")), p.text("event"), assessment,
                p.text("article"));
        ctx.json(Map.of("claims", store.read(s -> s.claims(query))));
    }

    private void conflicts(Context ctx) {
        Params p = new Params(ctx);
        Optional<String> scope = oneOf(p, "scope", List.of("article", "store"));
        Optional<String> relation = oneOf(p, "relation", List.of("conflict", "agreement"));
        Optional<String> actor = Optional.ofNullable(p.code("actor"));
        ctx.json(Map.of("conflicts", store.read(s -> s.conflicts(scope, actor, relation))));
    }

    private void positions(Context ctx) {
        Params p = new Params(ctx);
        Optional<String> actor = Optional.ofNullable(p.code("actor"));
        Optional<String> issue = p.text("issue").map(v -> v.trim().toLowerCase(java.util.Locale.ROOT));
        if (issue.isPresent() && !issue.get().matches("[a-z]+(-[a-z]+)*")) {
            throw ApiError.badParameter("issue", issue.get(), "an issue name such as nuclear-programme or sanctions");
        }
        Optional<String> article = p.text("article");
        ctx.json(Map.of("positions", store.read(s -> s.positions(actor, issue, article))));
    }

    /** A parameter that must be one of a few words, lower case. */
    private static Optional<String> oneOf(Params p, String name, List<String> allowed) {
        Optional<String> value = p.text(name).map(v -> v.trim().toLowerCase(java.util.Locale.ROOT));
        if (value.isPresent() && !allowed.contains(value.get())) {
            throw ApiError.badParameter(name, value.get(), String.join(" or ", allowed));
        }
        return value;
    }

    private void network(Context ctx) {
        Params p = new Params(ctx);
        LocalDate from = p.date("from");
        LocalDate to = p.date("to");
        Params.checkRange(from, to);
        ctx.json(store.read(s -> new NetworkQueries(s.connection()).network(from, to)));
    }

    private void search(Context ctx) {
        Params p = new Params(ctx);
        String query = p.text("q").orElse("");
        SearchFilter filter = SearchFilter.none();
        if (p.code("actor") != null) {
            filter = filter.withActor(p.code("actor"));
        }
        if (p.text("type").isPresent()) {
            filter = filter.withType(p.text("type").get());
        }
        LocalDate from = p.date("from");
        LocalDate to = p.date("to");
        Params.checkRange(from, to);
        filter = filter.between(from, to);
        int limit = p.integer("limit", 20, 1, MAX_LIMIT);
        ctx.json(Map.of("query", query, "hits", store.search(query, filter, limit)));
    }

    private void export(Context ctx) {
        Params p = new Params(ctx);
        String name = p.text("format").orElseThrow(() -> new ApiError(400, "missing parameter 'format' "
                + "(gdelt, gdelt-mentions, plover or csv)"));
        ExportFormat format = ExportFormat.parse(name).filter(f -> f != ExportFormat.PARQUET)
                .orElseThrow(() -> ApiError.badParameter("format", name, "gdelt, gdelt-mentions, plover or csv"));
        LocalDate from = p.date("from");
        LocalDate to = p.date("to");
        Params.checkRange(from, to);
        MergedExport.Filter filter = new MergedExport.Filter(from, to, p.code("actor"));
        StringWriter out = new StringWriter();
        try {
            new Exporter().write(format, store.read(s -> new MergedExport(s).events(filter)), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.contentType(contentType(format)).result(out.toString());
    }

    private static String contentType(ExportFormat format) {
        return switch (format) {
            case CSV -> "text/csv; charset=utf-8";
            case PLOVER -> "application/x-ndjson; charset=utf-8";
            default -> "text/tab-separated-values; charset=utf-8";
        };
    }
}
