package attache.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static attache.server.TestServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryRoutesTest extends ServerPerTest {

    private static void assertError(Response r, int status, String messagePart) throws IOException {
        assertEquals(status, r.code());
        assertTrue(r.header("Content-Type").startsWith("application/json"), r.header("Content-Type"));
        JsonNode body = json(r);
        assertEquals(status, body.get("status").asInt());
        assertTrue(body.get("message").asText().contains(messagePart), body.toString());
    }

    @Test
    void health_counts_the_store() {
        JavalinTest.test(server.app(), (s, client) -> {
            JsonNode body = json(client.get("/health"));
            assertEquals("ok", body.get("status").asText());
            assertEquals(3, body.get("articles").asInt());
            assertEquals(6, body.get("events").asInt());
        });
    }

    @Test
    void article_is_its_stored_document_with_every_layer() {
        JavalinTest.test(server.app(), (s, client) -> {
            JsonNode doc = json(client.get("/api/articles/talks"));
            assertEquals("talks", doc.get("id").asText());
            assertEquals("2019-10-07", doc.get("published").asText());
            assertEquals(3, doc.get("events").size());
            assertEquals(1, doc.get("quotes").size());
            assertEquals("the talks broke down", doc.get("quotes").get(0).get("text").asText());
            assertEquals(5, doc.get("entities").size());
            assertEquals(1, doc.get("boilerplate").size());
            assertEquals(1, doc.get("times").size());
        });
    }

    @Test
    void unknown_article_is_404() {
        JavalinTest.test(server.app(), (s, client) -> assertError(client.get("/api/articles/nope"), 404, "nope"));
    }

    @Test
    void events_filter_and_page_with_a_total() {
        JavalinTest.test(server.app(), (s, client) -> {
            JsonNode all = json(client.get("/api/events"));
            assertEquals(6, all.get("total").asInt());
            assertEquals(6, all.get("events").size());
            JsonNode page = json(client.get("/api/events?limit=2&offset=1"));
            assertEquals(6, page.get("total").asInt());
            assertEquals(2, page.get("events").size());
            assertEquals(all.get("events").get(1).get("eventId"), page.get("events").get(0).get("eventId"));
            JsonNode prk = json(client.get("/api/events?source=prk&type=CONSULT&from=2019-10-01&to=2019-10-31"));
            assertEquals(1, prk.get("total").asInt());
            assertEquals("PRK", prk.get("events").get(0).get("sourceCode").asText());
            assertEquals(1, json(client.get("/api/events?negated=true")).get("total").asInt());
            assertEquals(1, json(client.get("/api/events?modality=reported")).get("total").asInt());
            assertEquals(1, json(client.get("/api/events?dyad=prk,jpn")).get("total").asInt());
            assertEquals(0, json(client.get("/api/events?offset=100")).get("events").size());
        });
    }

    @Test
    void bad_event_parameters_are_400_naming_the_parameter() {
        JavalinTest.test(server.app(), (s, client) -> {
            assertError(client.get("/api/events?from=2019-13-01"), 400, "'from'");
            assertError(client.get("/api/events?limit=lots"), 400, "'limit'");
            assertError(client.get("/api/events?limit=100000"), 400, "'limit'");
            assertError(client.get("/api/events?negated=maybe"), 400, "'negated'");
            assertError(client.get("/api/events?type=DANCE"), 400, "'type'");
            assertError(client.get("/api/events?modality=sure"), 400, "'modality'");
            assertError(client.get("/api/events?dyad=PRK"), 400, "'dyad'");
            assertError(client.get("/api/events?from=2019-10-02&to=2019-10-01"), 400, "before it starts");
        });
    }

    @Test
    void actors_are_counted_with_cooperation_and_conflict() {
        JavalinTest.test(server.app(), (s, client) -> {
            JsonNode actors = json(client.get("/api/actors")).get("actors");
            assertEquals("JPN", actors.get(0).get("code").asText(), "most events first, then by code");
            JsonNode prk = actors.get(1);
            assertEquals("PRK", prk.get("code").asText());
            assertEquals(3, prk.get("events").asInt());
            assertEquals(2, prk.get("cooperation").asInt());
            assertEquals(1, prk.get("conflict").asInt());
            assertError(client.get("/api/actors?to=someday"), 400, "'to'");
        });
    }

    @Test
    void timeline_of_an_actor_and_a_dyad() {
        JavalinTest.test(server.app(), (s, client) -> {
            JsonNode prk = json(client.get("/api/actors/prk/timeline"));
            assertEquals("PRK", prk.get("actor").asText());
            assertTrue(prk.get("with").isNull());
            assertFalse(prk.get("days").isEmpty());
            JsonNode dyad = json(client.get("/api/actors/JPN/timeline?with=PRK")).get("days");
            assertEquals(1, dyad.size());
            assertEquals("2019-11-01", dyad.get(0).get("day").asText());
        });
    }

    @Test
    void claims_and_conflicts_answer_and_check_their_words() {
        JavalinTest.test(server.app(), (s, client) -> {
            // The hand-built stories carry no claims: the routes answer with empty lists.
            assertTrue(json(client.get("/api/claims?actor=PRK")).get("claims").isArray());
            assertTrue(json(client.get("/api/conflicts?scope=store&relation=conflict")).get("conflicts").isEmpty());
            assertError(client.get("/api/claims?assessment=great"), 400, "'assessment'");
            assertError(client.get("/api/conflicts?scope=everywhere"), 400, "'scope'");
            assertError(client.get("/api/conflicts?relation=feud"), 400, "'relation'");
        });
    }

    @Test
    void quotes_by_speaker_and_actor() {
        JavalinTest.test(server.app(), (s, client) -> {
            assertEquals(2, json(client.get("/api/quotes")).get("quotes").size());
            JsonNode lopez = json(client.get("/api/quotes?speaker=Lopez")).get("quotes");
            assertEquals(1, lopez.size());
            assertEquals("aid", lopez.get(0).get("articleId").asText());
            assertEquals(1, json(client.get("/api/quotes?actor=PRK")).get("quotes").size());
        });
    }

    @Test
    void network_has_dyads_and_a_date_range() {
        JavalinTest.test(server.app(), (s, client) -> {
            JsonNode net = json(client.get("/api/network"));
            assertEquals("2019-10-01", net.get("first").asText());
            assertEquals("2019-11-02", net.get("last").asText());
            assertEquals(5, net.get("dyads").size());
            JsonNode october = json(client.get("/api/network?from=2019-10-01&to=2019-10-31"));
            assertEquals(2, october.get("dyads").size());
            assertEquals("2019-10-31", october.get("to").asText());
            assertError(client.get("/api/network?from=x"), 400, "'from'");
        });
    }

    @Test
    void search_finds_bodies_and_quotes() {
        JavalinTest.test(server.app(), (s, client) -> {
            JsonNode hits = json(client.get("/api/search?q=winter")).get("hits");
            assertEquals("aid", hits.get(0).get("articleId").asText());
            assertEquals(0, json(client.get("/api/search?q=winter&to=2019-10-31")).get("hits").size());
            assertError(client.get("/api/search?q=winter&limit=0"), 400, "'limit'");
        });
    }

    @Test
    void export_writes_each_format() {
        JavalinTest.test(server.app(), (s, client) -> {
            Response gdelt = client.get("/api/export?format=gdelt");
            assertEquals(200, gdelt.code());
            assertTrue(gdelt.header("Content-Type").startsWith("text/tab-separated-values"));
            String rows = gdelt.body().string();
            assertEquals(61, rows.lines().findFirst().orElseThrow().split("\t", -1).length);
            String csv = client.get("/api/export?format=csv&actor=JPN").body().string();
            assertTrue(csv.lines().count() >= 2, csv);
            String plover = client.get("/api/export?format=plover").body().string();
            assertTrue(plover.startsWith("{"), plover);
            assertError(client.get("/api/export?format=parquet"), 400, "'format'");
            assertError(client.get("/api/export"), 400, "'format'");
        });
    }

    @Test
    void unknown_route_is_404_json() {
        JavalinTest.test(server.app(), (s, client) -> assertError(client.get("/api/nothing"), 404, "/api/nothing"));
    }

    @Test
    void metrics_count_requests_by_route_and_status() {
        JavalinTest.test(server.app(), (s, client) -> {
            client.get("/api/events");
            client.get("/api/events?from=bad");
            String text = client.get("/metrics").body().string();
            assertTrue(text.contains("attache_http_requests_total{method=\"GET\",route=\"/api/events\",status=\"200\"} 1"),
                    text);
            assertTrue(text.contains("route=\"/api/events\",status=\"400\"} 1"), text);
            assertTrue(text.contains("attache_http_request_duration_seconds_count{route=\"/api/events\"} 2"), text);
        });
    }

    @Test
    void openapi_document_covers_every_route() {
        JavalinTest.test(server.app(), (s, client) -> {
            JsonNode paths = json(client.get("/openapi.json")).get("paths");
            for (String route : new String[] {"/health", "/metrics", "/openapi.json", "/api/articles",
                    "/api/articles/{id}", "/api/events", "/api/actors", "/api/actors/{code}/timeline", "/api/quotes", "/api/claims", "/api/conflicts", "/api/positions",
                    "/api/network", "/api/search", "/api/export"}) {
                assertTrue(paths.has(route), route);
            }
        });
    }
}
