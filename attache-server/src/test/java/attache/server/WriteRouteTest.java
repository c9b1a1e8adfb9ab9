package attache.server;

import attache.store.testing.StoryBuilder;
import attache.store.testing.Stories;

import attache.model.AnalyzedArticle;
import attache.model.EntityType;
import attache.model.Modality;
import attache.model.Plover;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static attache.server.TestServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WriteRouteTest extends ServerPerTest {

    private static final String ARTICLE = "{\"id\": \"posted\", \"published\": \"2020-01-15\", \"title\": \"Talks\","
            + " \"text\": \"Japan and South Korea held talks in Tokyo on Tuesday.\"}";
    private static final String HTML = "<html><head><title>Envoys meet</title>"
            + "<meta property=\"article:published_time\" content=\"2020-02-03\"></head><body><article>"
            + "<p>Envoys from Japan and South Korea met in Tokyo on Monday to discuss trade and export controls"
            + " that have strained relations between the two neighbours for months.</p>"
            + "<p>Officials said the talks would continue in Seoul next month after both sides reviewed the"
            + " proposals that were put forward during the meeting.</p></article></body></html>";

    private static Response post(HttpClient client, String body, String type, String token) {
        return client.request("/api/articles", b -> {
            b.post(RequestBody.create(body, MediaType.get(type)));
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
        });
    }

    @Test
    void posted_json_is_analysed_stored_and_served() {
        JavalinTest.test(server.app(), (s, client) -> {
            Response created = post(client, ARTICLE, "application/json", TestServer.TOKEN);
            assertEquals(201, created.code());
            assertEquals("inserted", created.header("X-Attache-Store"));
            assertEquals("posted", json(created).get("id").asText());
            JsonNode stored = json(client.get("/api/articles/posted"));
            assertEquals("Talks", stored.get("title").asText());
            assertEquals(4, json(client.get("/health")).get("articles").asInt());
            Response again = post(client, ARTICLE, "application/json", TestServer.TOKEN);
            assertEquals(200, again.code());
            assertEquals("unchanged", again.header("X-Attache-Store"));
        });
    }

    @Test
    void posted_html_is_read_with_its_date() {
        JavalinTest.test(server.app(), (s, client) -> {
            Response created = client.request("/api/articles?id=envoys", b -> b
                    .post(RequestBody.create(HTML, MediaType.get("text/html")))
                    .header("Authorization", "Bearer " + TestServer.TOKEN));
            assertEquals(201, created.code(), created.peekBody(1000).string());
            JsonNode stored = json(client.get("/api/articles/envoys"));
            assertEquals("2020-02-03", stored.get("published").asText());
            assertTrue(stored.get("text").asText().contains("Envoys from Japan"));
        });
    }

    @Test
    void posted_article_is_what_the_analyser_found() {
        Javalin app = server.app(article -> StoryBuilder.article(article.id(), null, "2020-01-15", article.text())
                .entity("Japan", EntityType.LOCATION, Stories.JPN)
                .entity("South Korea", EntityType.LOCATION, Stories.KOR)
                .event("Japan", Stories.JPN, "South Korea", Stories.KOR,
                        StoryBuilder.cameo("040", 1, 1.0, Plover.CONSULT), "2020-01-14", "Tokyo", false,
                        Modality.ASSERTED, "held talks", "Japan and South Korea held talks in Tokyo on Tuesday.")
                .build());
        JavalinTest.test(app, (s, client) -> {
            JsonNode doc = json(post(client, ARTICLE, "application/json", TestServer.TOKEN));
            assertEquals(1, doc.get("events").size());
            assertEquals(1, json(client.get("/api/articles/posted")).get("events").size());
            JsonNode events = json(client.get("/api/events?source=JPN&target=KOR"));
            assertEquals(1, events.get("total").asInt());
            String csv = client.get("/api/export?format=csv&from=2020-01-01").body().string();
            assertEquals(2, csv.lines().count(), csv);
            assertTrue(csv.contains("held talks in Tokyo"), csv);
        });
    }

    @Test
    void write_without_token_is_401() {
        JavalinTest.test(server.app(), (s, client) -> {
            Response r = post(client, ARTICLE, "application/json", null);
            assertEquals(401, r.code());
            assertEquals(401, json(r).get("status").asInt());
            assertEquals(404, client.get("/api/articles/posted").code());
        });
    }

    @Test
    void write_with_wrong_token_is_401() {
        JavalinTest.test(server.app(), (s, client) -> {
            Response r = post(client, ARTICLE, "application/json", "guess");
            assertEquals(401, r.code());
            assertEquals("wrong token", json(r).get("message").asText());
        });
    }

    @Test
    void open_server_takes_writes_without_token() {
        Javalin app = new ApiServer(server.base, AnalyzedArticle::of, ServerOptions.open()).app();
        JavalinTest.test(app, (s, client) -> assertEquals(201, post(client, ARTICLE, "application/json", null).code()));
    }

    @Test
    void oversized_body_is_413() {
        Javalin app = new ApiServer(server.base, AnalyzedArticle::of,
                new ServerOptions(Optional.of(TestServer.TOKEN), 1024)).app();
        String big = ARTICLE.replace("Tuesday.", "Tuesday. " + "More words. ".repeat(200));
        JavalinTest.test(app, (s, client) -> {
            Response r = post(client, big, "application/json", TestServer.TOKEN);
            assertEquals(413, r.code());
            assertEquals(413, json(r).get("status").asInt());
        });
    }

    @Test
    void unreadable_articles_are_400_saying_why() {
        JavalinTest.test(server.app(), (s, client) -> {
            JsonNode noDate = json(post(client, "{\"text\": \"Japan met Korea.\"}", "application/json",
                    TestServer.TOKEN));
            assertEquals(400, noDate.get("status").asInt());
            assertTrue(noDate.get("message").asText().contains("publication date"), noDate.toString());
            assertTrue(noDate.get("message").asText().contains("?published="), noDate.toString());
            assertEquals(400, post(client, "{not json", "application/json", TestServer.TOKEN).code());
            assertEquals(400, post(client, " ", "application/json", TestServer.TOKEN).code());
            assertError400(post(client, ARTICLE, "application/json", TestServer.TOKEN), client);
        });
    }

    private static void assertError400(Response ok, HttpClient client) {
        assertEquals(201, ok.code());
        Response bad = client.request("/api/articles?published=yesterday", b -> b
                .post(RequestBody.create(ARTICLE, MediaType.get("application/json")))
                .header("Authorization", "Bearer " + TestServer.TOKEN));
        assertEquals(400, bad.code());
    }

    @Test
    void failure_in_analysis_is_500_without_a_stack_trace() {
        Javalin app = server.app(article -> {
            throw new IllegalStateException("secret internals at attache.Foo.bar(Foo.java:12)");
        });
        JavalinTest.test(app, (s, client) -> {
            Response r = post(client, ARTICLE, "application/json", TestServer.TOKEN);
            assertEquals(500, r.code());
            String body = r.body().string();
            assertFalse(body.contains("secret") || body.contains("Exception") || body.contains(".java"), body);
            assertEquals(500, TestServer.JSON.readTree(body).get("status").asInt());
        });
    }
}
