package attache.server;

import attache.pipeline.Pipeline;
import attache.store.KnowledgeBase;
import attache.testing.Models;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static attache.server.TestServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** POST /api/articles through the real pipeline (CoreNLP models loaded). */
class PostArticleIT {

    private static final String ARTICLE = "{\"id\": \"it-talks\", \"published\": \"2019-10-07\", \"text\":"
            + " \"SEOUL, Oct. 7 (Yonhap) -- North Korea and the United States held talks in Stockholm on Saturday."
            + " South Korea urged both sides to keep talking.\"}";

    @TempDir
    Path dir;

    @Test
    void posted_article_is_analysed_with_the_shared_pipeline() {
        Pipeline pipeline = Models.pipeline();
        try (KnowledgeBase base = KnowledgeBase.open(dir)) {
            ApiServer api = new ApiServer(base, pipeline::apply, ServerOptions.withToken("t"));
            JavalinTest.test(api.app(), (s, client) -> {
                Response r = client.request("/api/articles", b -> b.header("Authorization", "Bearer t")
                        .post(RequestBody.create(ARTICLE, MediaType.get("application/json"))));
                assertEquals(201, r.code(), r.peekBody(2000).string());
                JsonNode doc = json(r);
                assertFalse(doc.get("events").isEmpty(), doc.toString());
                JsonNode stored = json(client.get("/api/articles/it-talks"));
                assertEquals(doc.get("events").size(), stored.get("events").size());
                assertFalse(json(client.get("/api/events?actor=PRK")).get("events").isEmpty());
            });
        }
    }
}
