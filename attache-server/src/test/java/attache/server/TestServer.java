package attache.server;

import attache.store.testing.Stories;

import attache.model.AnalyzedArticle;
import attache.model.Article;
import attache.store.KnowledgeBase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import okhttp3.Response;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;

/** A store filled by hand with the three stories, and an API over it. No CoreNLP. */
final class TestServer implements AutoCloseable {

    static final String TOKEN = "s3cret-token";
    static final ObjectMapper JSON = new ObjectMapper();

    final KnowledgeBase base;

    TestServer(Path dir) {
        base = KnowledgeBase.open(dir);
        storeStories(base);
        base.mergeEvents();
    }

    /** Stores the three stories (events are left for the caller to merge). */
    static void storeStories(KnowledgeBase base) {
        base.store(Stories.talks());
        base.store(Stories.aid());
        base.store(Stories.protest());
    }

    /** The API, with writes needing {@link #TOKEN} and analysis by {@code analyser}. */
    Javalin app(Function<Article, AnalyzedArticle> analyser) {
        return new ApiServer(base, analyser, ServerOptions.withToken(TOKEN)).app();
    }

    /** The API with an analysis that finds nothing. */
    Javalin app() {
        return app(AnalyzedArticle::of);
    }

    static JsonNode json(Response response) throws IOException {
        return JSON.readTree(response.body().string());
    }

    @Override
    public void close() {
        base.close();
    }
}
