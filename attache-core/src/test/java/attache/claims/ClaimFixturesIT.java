package attache.claims;

import attache.ingest.IngestResult;
import attache.ingest.JsonArticleReader;
import attache.model.AccountRelation;
import attache.model.AnalyzedArticle;
import attache.model.Article;
import attache.model.Assessment;
import attache.model.Claim;
import attache.model.Position;
import attache.pipeline.Pipeline;
import attache.testing.Models;
import attache.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole pipeline on short stories written for the claim reader ({@code claims/fixtures.jsonl}):
 * disagreement, agreement, claims by organisations, a statement with no event to attach to; and the
 * founding article's two accounts of the Stockholm talks, when ../shared is there.
 */
class ClaimFixturesIT {

    private static final Map<String, AnalyzedArticle> STORIES = new HashMap<>();

    @BeforeAll
    static void analyse() throws IOException {
        Pipeline pipeline = Models.pipeline();
        JsonArticleReader reader = new JsonArticleReader(Optional.of(LocalDate.of(2020, 1, 1)), 100_000);
        try (InputStream in = ClaimFixturesIT.class.getResourceAsStream("/claims/fixtures.jsonl")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                Article a = ((IngestResult.Parsed) reader.readLine(lines[i], "fixtures.jsonl", i + 1, "claims")).article();
                STORIES.put(a.id(), pipeline.apply(a));
            }
        }
    }

    private static List<Claim> claimsOf(AnalyzedArticle doc, String side) {
        return doc.claims().stream().filter(c -> AccountComparer.sideOf(c.claimant().actor()).equals(side)).toList();
    }

    private static String text(AnalyzedArticle doc, attache.model.TextSpan span) {
        return span.of(doc.text());
    }

    @Test
    void opposite_accounts_of_the_talks_conflict() {
        AnalyzedArticle doc = STORIES.get("claims-disagree");
        Claim eritrea = claimsOf(doc, "ERI").get(0);
        Claim ethiopia = claimsOf(doc, "ETH").get(0);
        assertEquals(Assessment.POSITIVE, eritrea.assessment());
        assertEquals(Assessment.NEGATIVE, ethiopia.assessment());
        assertEquals(Optional.of("ended"), ethiopia.outcome());
        AccountRelation r = doc.relations().stream().filter(x -> x.relation() == AccountRelation.Relation.CONFLICT)
                .findFirst().orElseThrow(() -> new AssertionError(doc.relations().toString()));
        assertEquals(List.of("ERI", "ETH"), List.of(r.firstSide(), r.secondSide()));
        // The talks of "Delegations from Ethiopia and Eritrea held talks" are an event when the coder
        // codes one, and otherwise the episode the two claims both speak of.
        String about = r.event().isPresent() ? doc.events().get(r.event().getAsInt()).type().name()
                : r.episode().orElse("nothing");
        assertEquals("CONSULT", about);
    }

    @Test
    void matching_accounts_of_the_talks_agree() {
        AnalyzedArticle doc = STORIES.get("claims-agree");
        assertEquals(Assessment.POSITIVE, claimsOf(doc, "YEM").get(0).assessment());
        Claim oman = claimsOf(doc, "OMN").get(0);
        assertEquals(Claim.Kind.DESCRIPTION, oman.kind());
        assertEquals(Assessment.POSITIVE, oman.assessment());
        assertEquals(1, doc.relations().size(), doc.relations().toString());
        assertEquals(AccountRelation.Relation.AGREEMENT, doc.relations().get(0).relation());
    }

    @Test
    void organisations_make_claims() {
        AnalyzedArticle doc = STORIES.get("claims-organisations");
        Claim who = claimsOf(doc, "WHO").get(0);
        assertEquals("the outbreak was under control", text(doc, who.content()));
        assertEquals("2022-11-08", who.date().value(), "dated by its own clause, 'on Tuesday'");
        Claim redCross = claimsOf(doc, "IRC").get(0);
        assertEquals(Claim.Kind.ACCORDING_TO, redCross.kind());
        assertEquals("the clinics still lacked clean water", text(doc, redCross.content()));
        Claim ministry = claimsOf(doc, "MWI").get(0);
        assertEquals(Assessment.POSITIVE, ministry.assessment());
    }

    @Test
    void a_statement_with_no_event_to_attach_to() {
        AnalyzedArticle doc = STORIES.get("claims-no-event");
        Claim c = claimsOf(doc, "CAN").get(0);
        assertEquals("the Arctic must remain a region of low tension", text(doc, c.content()));
        assertTrue(c.events().isEmpty(), c.toString());
        assertTrue(doc.relations().isEmpty());
    }

    @Test
    void the_founding_article_gives_the_two_accounts_of_the_stockholm_talks_and_both_positions() throws IOException {
        Path file = SharedData.require("eval/seed/article.json");
        String json = java.nio.file.Files.readString(file, StandardCharsets.UTF_8);
        JsonArticleReader reader = new JsonArticleReader(Optional.empty(), 100_000);
        AnalyzedArticle doc = Models.pipeline().apply(
                ((IngestResult.Parsed) reader.readDocument(json, "seed", "seed").get(0)).article());
        AccountRelation conflict = doc.relations().stream()
                .filter(r -> r.relation() == AccountRelation.Relation.CONFLICT
                        && List.of(r.firstSide(), r.secondSide()).containsAll(List.of("PRK", "USA")))
                .findFirst().orElseThrow(() -> new AssertionError(doc.relations().toString()));
        var talks = doc.events().get(conflict.event().getAsInt());
        assertEquals("2019-10-05", talks.date().value());
        List<Integer> prk = conflict.firstSide().equals("PRK") ? conflict.first() : conflict.second();
        List<Integer> usa = conflict.firstSide().equals("PRK") ? conflict.second() : conflict.first();
        Claim north = doc.claims().get(prk.get(0));
        assertTrue(text(doc, north.content()).startsWith("the talks broke down"), text(doc, north.content()));
        assertEquals(Assessment.NEGATIVE, north.assessment());
        List<String> usaWords = usa.stream().map(i -> text(doc, doc.claims().get(i).content())).toList();
        assertTrue(usaWords.stream().anyMatch(w -> w.contains("good")), usaWords.toString());
        assertTrue(usaWords.stream().anyMatch(w -> w.contains("creative ideas")), usaWords.toString());
        Position demand = doc.positions().stream().filter(p -> p.holder().actor().code().equals("USAGOV"))
                .findFirst().orElseThrow();
        assertEquals("demand", demand.stance());
        assertTrue(demand.phrase().contains("sweeping denuclearization step first"), demand.phrase());
        Position insist = doc.positions().stream().filter(p -> p.holder().actor().code().equals("PRKGOV"))
                .findFirst().orElseThrow();
        assertEquals("insist", insist.stance());
        assertTrue(insist.issues().contains("sanctions"), insist.issues().toString());
        assertTrue(insist.phrase().contains("step - by - step"), insist.phrase());
        assertFalse(doc.claims().isEmpty());
    }
}
