package attache.server;

import attache.store.KnowledgeBase;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static attache.server.TestServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the accounts view reads, on stories that carry claims: /api/conflicts within an article and
 * across the store, /api/claims, and the claims, positions and conflicts of an article's document.
 */
class AccountsRoutesTest {

    @TempDir
    Path dir;

    private KnowledgeBase base;

    @BeforeEach
    void fill() {
        base = KnowledgeBase.open(dir);
        base.store(AccountStories.first());
        base.store(AccountStories.second());
        base.mergeEvents();
    }

    @AfterEach
    void close() {
        base.close();
    }

    private io.javalin.Javalin app() {
        return new ApiServer(base, a -> {
            throw new IllegalStateException("no analysis in this test");
        }, ServerOptions.withToken(TestServer.TOKEN)).app();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void article_scope_lists_the_conflict_and_the_agreement_with_their_claims() {
        JavalinTest.test(app(), (s, client) -> {
            JsonNode rows = json(client.get("/api/conflicts?scope=article")).get("conflicts");
            assertEquals(2, rows.size(), rows.toString());
            JsonNode conflict = rows.get(0);
            assertEquals("conflict", conflict.get("relation").asText());
            assertEquals(AccountStories.FIRST + "#0", conflict.get("event").asText());
            assertEquals("PRK", conflict.get("firstSide").asText());
            assertEquals(List.of(AccountStories.FIRST + "#c0"), texts(conflict.get("firstClaims")));
            assertEquals("USA", conflict.get("secondSide").asText());
            assertEquals(List.of(AccountStories.FIRST + "#c1"), texts(conflict.get("secondClaims")));
            JsonNode agreement = rows.get(1);
            assertEquals("agreement", agreement.get("relation").asText());
            assertEquals("KOR", agreement.get("firstSide").asText());
            assertEquals(1, json(client.get("/api/conflicts?scope=article&relation=agreement")).get("conflicts").size());
            assertEquals(1, json(client.get("/api/conflicts?scope=article&actor=JPN")).get("conflicts").size());
        });
    }

    @Test
    void store_scope_compares_the_accounts_of_both_articles_of_the_merged_talks() {
        JavalinTest.test(app(), (s, client) -> {
            JsonNode rows = json(client.get("/api/conflicts?scope=store&relation=conflict")).get("conflicts");
            JsonNode prkUsa = null;
            for (JsonNode r : rows) {
                if (r.get("firstSide").asText().equals("PRK") && r.get("secondSide").asText().equals("USA")) {
                    prkUsa = r;
                }
            }
            assertTrue(prkUsa != null, rows.toString());
            assertTrue(prkUsa.get("event").asText().startsWith("m-"), prkUsa.toString());
            assertEquals(List.of(AccountStories.FIRST + "#c1", AccountStories.SECOND + "#c0"),
                    texts(prkUsa.get("secondClaims")), "Washington's accounts from both articles");
        });
    }

    @Test
    void claims_route_gives_each_claim_with_its_cues_and_events() {
        JavalinTest.test(app(), (s, client) -> {
            JsonNode claims = json(client.get("/api/claims?actor=PRK")).get("claims");
            assertEquals(1, claims.size());
            JsonNode c = claims.get(0);
            assertEquals("negative", c.get("assessment").asText());
            assertEquals("ended", c.get("outcome").asText());
            assertEquals(AccountStories.PRK_CONTENT, c.get("content").asText());
            assertEquals("broke down:negative; nothing new:negative", c.get("cues").asText());
            assertEquals(List.of(AccountStories.FIRST + "#0"), texts(c.get("eventIds")));
            assertEquals(4, json(client.get("/api/claims?event=" + AccountStories.FIRST + "%230")).get("claims").size(),
                    "every claim of the first article is about its talks");
            assertEquals(4, json(client.get("/api/claims?assessment=positive")).get("claims").size());
            assertEquals(1, json(client.get("/api/claims?article=" + AccountStories.SECOND)).get("claims").size());
        });
    }

    @Test
    void the_document_carries_claims_positions_and_conflicts_with_offsets() {
        JavalinTest.test(app(), (s, client) -> {
            JsonNode doc = json(client.get("/api/articles/" + AccountStories.FIRST));
            String text = doc.get("text").asText();
            assertEquals(4, doc.get("claims").size());
            for (JsonNode c : doc.get("claims")) {
                JsonNode content = c.get("content");
                assertEquals(content.get("text").asText(),
                        text.substring(content.get("start").asInt(), content.get("end").asInt()));
                for (JsonNode cue : c.get("assessment_cues")) {
                    assertEquals(cue.get("text").asText(), text.substring(cue.get("start").asInt(), cue.get("end").asInt()));
                }
            }
            assertEquals(2, doc.get("positions").size());
            assertEquals("sanctions", doc.get("positions").get(1).get("issues").get(0).asText());
            assertEquals(2, doc.get("conflicts").size());
            assertEquals(0, doc.get("conflicts").get(0).get("event").asInt());
        });
    }

    @Test
    void positions_route_filters_by_holder_issue_and_article() {
        JavalinTest.test(app(), (s, client) -> {
            JsonNode all = json(client.get("/api/positions")).get("positions");
            assertEquals(2, all.size(), all.toString());
            JsonNode usa = json(client.get("/api/positions?actor=usa")).get("positions");
            assertEquals(1, usa.size());
            JsonNode p = usa.get(0);
            assertEquals(AccountStories.FIRST + "#p0", p.get("positionId").asText());
            assertEquals(0, p.get("index").asInt());
            assertEquals("demand", p.get("stance").asText());
            assertEquals("the North give up its nuclear programme first", p.get("span").asText());
            assertEquals(List.of("nuclear-programme"), texts(p.get("issues")));
            assertEquals("2019-10-07", p.get("since").asText());
            String text = json(client.get("/api/articles/" + AccountStories.FIRST)).get("text").asText();
            assertEquals(p.get("span").asText(), text.substring(p.get("start").asInt(), p.get("end").asInt()));
            assertTrue(text.substring(p.get("evidenceStart").asInt(), p.get("evidenceEnd").asInt())
                    .startsWith("The United States has demanded"));
            JsonNode sanctions = json(client.get("/api/positions?issue=sanctions")).get("positions");
            assertEquals(1, sanctions.size());
            assertEquals("PRK", sanctions.get(0).get("holderCode").asText());
            assertEquals(0, json(client.get("/api/positions?issue=sanction")).get("positions").size(),
                    "an issue is matched whole, not as a prefix");
            assertEquals(0, json(client.get("/api/positions?article=" + AccountStories.SECOND)).get("positions").size());
            assertEquals(2, json(client.get("/api/positions?article=" + AccountStories.FIRST)).get("positions").size());
        });
    }

    @Test
    void positions_route_refuses_a_malformed_issue_and_binds_every_value() {
        JavalinTest.test(app(), (s, client) -> {
            okhttp3.Response bad = client.get("/api/positions?issue=" + java.net.URLEncoder.encode("x' OR 1=1 --",
                    java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(400, bad.code());
            JsonNode body = json(bad);
            assertEquals(400, body.get("status").asInt());
            assertTrue(body.get("message").asText().startsWith("bad parameter 'issue'"), body.toString());
            String injection = java.net.URLEncoder.encode("USA' OR '1'='1", java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(0, json(client.get("/api/positions?actor=" + injection)).get("positions").size());
            assertEquals(0, json(client.get("/api/positions?article=" + injection)).get("positions").size());
        });
    }
}
