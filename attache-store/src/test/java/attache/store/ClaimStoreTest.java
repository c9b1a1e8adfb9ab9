package attache.store;

import attache.model.AccountRelation;
import attache.model.AnalyzedArticle;
import attache.model.Assessment;
import attache.model.Claim;
import attache.model.EventDate;
import attache.model.Participant;
import attache.model.Position;
import attache.model.TextSpan;
import attache.store.testing.Stories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Claims, positions and account relations in the store: written with the article, replaced with it, queried. */
class ClaimStoreTest {

    @TempDir
    Path dir;

    private static TextSpan span(AnalyzedArticle doc, String words) {
        int at = doc.text().indexOf(words);
        return new TextSpan(at, at + words.length());
    }

    /** The talks story with Kim's claim (negative) and a made-up positive U.S. one about its first event. */
    static AnalyzedArticle talksWithClaims() {
        AnalyzedArticle doc = Stories.talks();
        EventDate published = new EventDate("2019-10-07", null, null, EventDate.Source.PUBLICATION);
        Participant kim = new Participant(Stories.PRKGOV, span(doc, "Kim Myong-gil"));
        Participant washington = new Participant(Stories.USAGOV, span(doc, "Washington"));
        Claim north = new Claim(kim, Claim.Kind.QUOTE, span(doc, "said"), span(doc, "the talks broke down"), 1,
                published, List.of(0), Assessment.NEGATIVE,
                List.of(new Claim.AssessmentCue(span(doc, "broke down"), Assessment.NEGATIVE, false, Optional.of("ended"))),
                Optional.of("ended"));
        Claim us = new Claim(washington, Claim.Kind.REPORTED, span(doc, "said"), span(doc, "changed its stance"), 1,
                published, List.of(0), Assessment.POSITIVE, List.of(), Optional.empty());
        Position p = new Position(new Participant(Stories.KORGOV, span(doc, "South Korea")), "demand",
                span(doc, "urged"), span(doc, "both sides to keep talking"), "demand: both side to keep talk",
                List.of("ceasefire"), 2, published, span(doc, "South Korea urged both sides to keep talking."));
        AccountRelation r = new AccountRelation(AccountRelation.Relation.CONFLICT, OptionalInt.of(0), Optional.empty(),
                "PRK", List.of(0), "USA", List.of(1), "assessment");
        return doc.withClaims(List.of(north, us), List.of(p), List.of(r));
    }

    @Test
    void claims_are_stored_with_their_events_and_replaced_with_their_article() {
        try (ArticleStore store = ArticleStore.open(dir)) {
            store.store(talksWithClaims());
            Map<String, Long> counts = store.tableCounts();
            assertEquals(2, counts.get("claims"));
            assertEquals(2, counts.get("claim_events"));
            assertEquals(1, counts.get("positions"));
            assertEquals(1, counts.get("account_relations"));

            List<ClaimRow> prk = store.claims(new ClaimQuery(Optional.of("prk"), Optional.empty(), Optional.empty(),
                    Optional.empty()));
            assertEquals(1, prk.size());
            ClaimRow row = prk.get(0);
            assertEquals("talks#c0", row.claimId());
            assertEquals("PRK", row.side());
            assertEquals("the talks broke down", row.content());
            assertEquals("ended", row.outcome());
            assertEquals("broke down:negative", row.cues());
            assertEquals(List.of("talks#0"), row.eventIds());
            assertEquals(2, store.claims(new ClaimQuery(Optional.empty(), Optional.of("talks#0"), Optional.empty(),
                    Optional.empty())).size());
            assertEquals(1, store.claims(new ClaimQuery(Optional.empty(), Optional.empty(), Optional.of("positive"),
                    Optional.empty())).size());

            List<ConflictRow> conflicts = store.conflicts(Optional.of("article"), Optional.of("USA"), Optional.empty());
            assertEquals(1, conflicts.size());
            assertEquals(List.of("talks#c0"), conflicts.get(0).firstClaims());
            assertEquals(List.of("talks#c1"), conflicts.get(0).secondClaims());
            assertTrue(store.conflicts(Optional.of("article"), Optional.empty(), Optional.of("agreement")).isEmpty());

            store.store(Stories.talksCorrected());
            counts = store.tableCounts();
            assertEquals(0, counts.get("claims"), "the corrected text has no claims: the old ones are gone");
            assertEquals(0, counts.get("claim_events"));
            assertEquals(0, counts.get("positions"));
            assertEquals(0, counts.get("account_relations"));
        }
    }
}
