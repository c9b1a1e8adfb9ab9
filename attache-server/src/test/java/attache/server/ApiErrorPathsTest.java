package attache.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;


import static attache.server.TestServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The error paths the other route tests leave out, and values that try to be SQL. */
class ApiErrorPathsTest extends ServerPerTest {

    private static final String INJECTION = "X' OR '1'='1";

    private static String q(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void values_that_look_like_sql_match_nothing() {
        JavalinTest.test(server.app(), (s, client) -> {
            assertEquals(0, json(client.get("/api/events?source=" + q(INJECTION))).get("total").asInt());
            assertEquals(0, json(client.get("/api/events?place=" + q(INJECTION))).get("total").asInt());
            assertEquals(0, json(client.get("/api/events?cameo=" + q("0' OR 1=1 --"))).get("total").asInt());
            assertEquals(0, json(client.get("/api/quotes?speaker=" + q("' OR 1=1 --"))).get("quotes").size());
            assertEquals(0, json(client.get("/api/actors/" + q(INJECTION) + "/timeline")).get("days").size());
            String csv = client.get("/api/export?format=csv&actor=" + q(INJECTION)).body().string();
            assertEquals(1, csv.lines().count(), "the header alone: " + csv);
            assertEquals(3, json(client.get("/health")).get("articles").asInt(), "nothing was dropped");
        });
    }

    @Test
    void every_query_route_names_its_bad_parameter() {
        JavalinTest.test(server.app(), (s, client) -> {
            for (String path : new String[] {"/api/events?offset=-1", "/api/events?cameo=&source=&limit=-5",
                    "/api/actors?from=2019-02-30", "/api/network?to=tomorrow", "/api/search?q=talks&from=x",
                    "/api/search?q=talks&limit=9999", "/api/export?format=gdelt&to=2019/10/01",
                    "/api/articles?limit=0"}) {
                Response r = client.get(path);
                assertEquals(400, r.code(), path);
                JsonNode body = json(r);
                assertEquals(400, body.get("status").asInt(), path);
                assertTrue(body.get("message").asText().startsWith("bad parameter '"), path + ": " + body);
            }
        });
    }

    @Test
    void unknown_things_are_404_json() {
        JavalinTest.test(server.app(), (s, client) -> {
            for (String path : new String[] {"/api/articles/none", "/api/nothing", "/nothing.js",
                    "/api/articles/talks/extra"}) {
                Response r = client.get(path);
                assertEquals(404, r.code(), path);
                assertEquals(404, json(r).get("status").asInt(), path);
            }
        });
    }

    @Test
    void writes_other_than_posting_an_article_are_refused() {
        JavalinTest.test(server.app(), (s, client) -> {
            for (String method : new String[] {"PUT", "DELETE", "PATCH"}) {
                Response r = client.request("/api/articles/talks", b -> b.method(method,
                        method.equals("DELETE") ? null : RequestBody.create("{}", MediaType.get("application/json")))
                        .header("Authorization", "Bearer " + TestServer.TOKEN));
                assertTrue(r.code() == 404 || r.code() == 405, method + " answered " + r.code());
                assertEquals(r.code(), json(r).get("status").asInt(), method);
            }
            Response post = client.request("/api/events", b -> b.post(RequestBody.create("{}",
                    MediaType.get("application/json"))));
            assertTrue(post.code() == 404 || post.code() == 405, "POST /api/events answered " + post.code());
            assertEquals(3, json(client.get("/health")).get("articles").asInt());
        });
    }

    @Test
    void a_write_with_a_malformed_authorization_header_is_401() {
        JavalinTest.test(server.app(), (s, client) -> {
            for (String header : new String[] {"Basic dXNlcjpwYXNz", "Bearer", "Bearer ", "Token " + TestServer.TOKEN,
                    "Bearer " + TestServer.TOKEN + "x"}) {
                Response r = client.request("/api/articles", b -> b.post(RequestBody.create(
                        "{\"published\": \"2020-01-01\", \"text\": \"Japan met Korea.\"}",
                        MediaType.get("application/json"))).header("Authorization", header));
                assertEquals(401, r.code(), header);
                assertEquals(401, json(r).get("status").asInt(), header);
            }
        });
    }
}
