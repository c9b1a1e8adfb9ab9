package attache.server;

import attache.model.AnalyzedArticle;
import attache.model.Article;
import attache.output.DocumentWriter;
import attache.store.StoreResult;
import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code POST /api/articles}: checks the bearer token, reads the article, analyses it, stores it, and
 * answers 201 with its document (200 when the same article was already stored).
 */
final class WriteRoute {

    private final StoreAccess store;
    private final Function<Article, AnalyzedArticle> analyser;
    private final Optional<String> token;
    private final ArticleIntake intake;
    private final DocumentWriter documents = new DocumentWriter();

    WriteRoute(StoreAccess store, Function<Article, AnalyzedArticle> analyser, Optional<String> token,
               int maxTextChars) {
        this.store = store;
        this.analyser = analyser;
        this.token = token;
        this.intake = new ArticleIntake(maxTextChars);
    }

    void handle(Context ctx) {
        authorise(ctx.header("Authorization"));
        Params p = new Params(ctx);
        Article article = intake.read(ctx.bodyAsBytes(), ctx.contentType(), p.text("id").orElse(null),
                p.date("published"));
        AnalyzedArticle doc = analyser.apply(article);
        StoreResult result = store.write(doc);
        ctx.status(result == StoreResult.INSERTED ? 201 : 200)
                .header("X-Attache-Store", result.name().toLowerCase(java.util.Locale.ROOT))
                .contentType("application/json").result(documents.toJsonLine(doc));
    }

    private void authorise(String header) {
        if (token.isEmpty()) {
            return;
        }
        // The scheme's name is case-insensitive (RFC 7235).
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, "Bearer ".length())) {
            throw new ApiError(401, "writes need the header 'Authorization: Bearer <token>'");
        }
        byte[] given = header.substring("Bearer ".length()).trim().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, token.get().getBytes(StandardCharsets.UTF_8))) {
            throw new ApiError(401, "wrong token");
        }
    }
}
