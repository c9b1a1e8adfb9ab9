package attache.claims;

import attache.actors.ActorLexicons;
import attache.actors.ActorResolver;
import attache.actors.PhraseResolver;
import attache.events.EventCoder;
import attache.events.EventLexicons;
import attache.model.AccountRelation;
import attache.model.AnalyzedArticle;
import attache.model.Assessment;
import attache.model.Claim;
import attache.model.EntityType;
import attache.model.Position;
import attache.model.TimexType;
import attache.testing.ParsedStory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The claim reader on sentences parsed by hand, one rule a test. */
class ClaimFinderTest {

    private static final ActorLexicons ACTORS = ActorLexicons.bundled();
    private static final ActorResolver RESOLVER = new ActorResolver(new PhraseResolver(ACTORS), ACTORS.institutions());
    private static final EventCoder CODER = new EventCoder(EventLexicons.bundled());
    private static final ClaimFinder FINDER = new ClaimFinder(ClaimLexicons.bundled());

    private static AnalyzedArticle read(ParsedStory story) {
        return FINDER.apply(CODER.apply(RESOLVER.apply(story.analysed())));
    }

    private static Claim only(List<Claim> claims) {
        assertEquals(1, claims.size(), claims.toString());
        return claims.get(0);
    }

    /** "<Country> said the talks were <word> ." with "not" before the word when asked. */
    private static ParsedStory saidTalksWere(ParsedStory s, String country, boolean not, String word, String lemma) {
        s = s.sentence().word(country, "NNP", 1, "nsubj").word("said", "VBD", "say", -1, "root")
                .word("the", "DT", 3, "det").word("talks", "NNS", "talk", not ? 6 : 5, "nsubj")
                .word("were", "VBD", "be", not ? 6 : 5, "cop");
        if (not) {
            s = s.word("not", "RB", 6, "advmod");
        }
        return s.word(word, "JJ", lemma, 1, "ccomp").word(".", ".", 1, "punct").entity(country, EntityType.LOCATION);
    }

    /** "Chile and Peru held talks on Friday ." — one CONSULT event. */
    private static ParsedStory heldTalks() {
        return ParsedStory.publishedOn("2021-03-15")
                .word("Chile", "NNP", 3, "nsubj").word("and", "CC", 2, "cc").word("Peru", "NNP", 0, "conj")
                .word("held", "VBD", "hold", -1, "root").word("talks", "NNS", "talk", 3, "obj")
                .word("on", "IN", 6, "case").word("Friday", "NNP", 3, "obl").word(".", ".", 3, "punct")
                .entity("Chile", EntityType.LOCATION).entity("Peru", EntityType.LOCATION)
                .time("Friday", TimexType.DATE, "2021-03-12");
    }

    @Test
    void reported_speech_is_a_claim_of_the_subject_with_its_clause_as_content() {
        AnalyzedArticle doc = read(saidTalksWere(ParsedStory.publishedOn("2021-03-15"), "Chile", false, "good", "good"));
        Claim c = only(doc.claims());
        assertEquals("CHLGOV", c.claimant().actor().code());
        assertEquals(Claim.Kind.REPORTED, c.kind());
        assertEquals("said", c.cue().of(doc.text()));
        assertEquals("the talks were good", c.content().of(doc.text()));
        assertEquals(Assessment.POSITIVE, c.assessment());
        assertEquals("good", c.cues().get(0).span().of(doc.text()));
    }

    /**
     * "Iran said the talks had failed , adding that Britain brought no offer ." with "adding" hung
     * on "failed" as an adverbial clause or a bare dependent, as CoreNLP often does: two claims of
     * Iran, the first without the second.
     */
    @ParameterizedTest
    @ValueSource(strings = {"advcl", "dep"})
    void a_stating_participle_is_a_second_claim_of_the_reporter(String relation) {
        AnalyzedArticle doc = read(ParsedStory.publishedOn("2021-03-15")
                .word("Iran", "NNP", 1, "nsubj").word("said", "VBD", "say", -1, "root")
                .word("the", "DT", 3, "det").word("talks", "NNS", "talk", 5, "nsubj")
                .word("had", "VBD", "have", 5, "aux").word("failed", "VBN", "fail", 1, "ccomp")
                .word(",", ",", 5, "punct").word("adding", "VBG", "add", 5, relation)
                .word("that", "IN", 10, "mark").word("Britain", "NNP", 10, "nsubj")
                .word("brought", "VBD", "bring", 7, "ccomp").word("no", "DT", 12, "det")
                .word("offer", "NN", 10, "obj").word(".", ".", 1, "punct")
                .entity("Iran", EntityType.LOCATION).entity("Britain", EntityType.LOCATION));
        assertEquals(2, doc.claims().size(), doc.claims().toString());
        Claim said = doc.claims().get(0);
        Claim added = doc.claims().get(1);
        assertEquals("IRNGOV", said.claimant().actor().code());
        assertEquals("the talks had failed", said.content().of(doc.text()));
        assertEquals("IRNGOV", added.claimant().actor().code());
        assertEquals("adding", added.cue().of(doc.text()));
        assertEquals("Britain brought no offer", added.content().of(doc.text()));
    }

    @Test
    void a_negation_turns_a_judgement_round() {
        Claim c = only(read(saidTalksWere(ParsedStory.publishedOn("2021-03-15"), "Chile", true, "productive",
                "productive")).claims());
        assertEquals(Assessment.NEGATIVE, c.assessment());
        assertTrue(c.cues().get(0).negated());
    }

    @Test
    void opposite_accounts_of_one_event_conflict_and_link_both_claims_and_the_event() {
        ParsedStory s = saidTalksWere(heldTalks(), "Chile", false, "productive", "productive");
        s = s.sentence().word("Peru", "NNP", 1, "nsubj").word("said", "VBD", "say", -1, "root")
                .word("the", "DT", 3, "det").word("talks", "NNS", "talk", 4, "nsubj")
                .word("failed", "VBD", "fail", 1, "ccomp").word(".", ".", 1, "punct").entity("Peru", EntityType.LOCATION);
        AnalyzedArticle doc = read(s);
        assertEquals(2, doc.claims().size(), doc.claims().toString());
        assertEquals(1, doc.events().size(), doc.events().toString());
        assertEquals(List.of(0), doc.claims().get(0).events());
        assertEquals(List.of(0), doc.claims().get(1).events());
        AccountRelation r = doc.relations().get(0);
        assertEquals(AccountRelation.Relation.CONFLICT, r.relation());
        assertEquals(0, r.event().getAsInt());
        assertEquals("CHL", r.firstSide());
        assertEquals("PER", r.secondSide());
        assertEquals(1, doc.relations().size());
    }

    @Test
    void matching_accounts_agree() {
        ParsedStory s = saidTalksWere(saidTalksWere(heldTalks(), "Chile", false, "useful", "useful"), "Peru", false,
                "constructive", "constructive");
        AccountRelation r = read(s).relations().get(0);
        assertEquals(AccountRelation.Relation.AGREEMENT, r.relation());
    }

    @Test
    void a_statement_with_no_event_to_attach_to_is_kept_without_events() {
        AnalyzedArticle doc = read(ParsedStory.publishedOn("2021-03-15")
                .word("Chile", "NNP", 1, "nsubj").word("said", "VBD", "say", -1, "root")
                .word("the", "DT", 3, "det").word("region", "NN", 4, "nsubj").word("needs", "VBZ", "need", 1, "ccomp")
                .word("calm", "NN", 4, "obj").word(".", ".", 1, "punct").entity("Chile", EntityType.LOCATION));
        Claim c = only(doc.claims());
        assertTrue(c.events().isEmpty());
        assertEquals(Assessment.NEUTRAL, c.assessment());
        assertTrue(doc.relations().isEmpty());
    }

    @Test
    void according_to_an_organisation_makes_it_the_claimant() {
        AnalyzedArticle doc = read(ParsedStory.publishedOn("2021-03-15")
                .word("According", "VBG", "according", 3, "case").word("to", "IN", 0, "fixed")
                .word("the", "DT", 3, "det").word("IAEA", "NNP", 7, "obl").word(",", ",", 7, "punct")
                .word("the", "DT", 6, "det").word("talks", "NNS", "talk", 7, "nsubj")
                .word("stalled", "VBD", "stall", -1, "root").word(".", ".", 7, "punct")
                .entity("IAEA", EntityType.ORGANIZATION));
        Claim c = only(doc.claims());
        assertEquals(Claim.Kind.ACCORDING_TO, c.kind());
        assertEquals("IAE", AccountComparer.sideOf(c.claimant().actor()));
        assertEquals("the talks stalled", c.content().of(doc.text()));
        assertEquals(Assessment.NEGATIVE, c.assessment());
    }

    @Test
    void a_standing_demand_is_a_position_on_its_issue_and_a_one_off_demand_is_not() {
        AnalyzedArticle standing = read(ParsedStory.publishedOn("2021-03-15")
                .word("Peru", "NNP", 2, "nsubj").word("has", "VBZ", "have", 2, "aux")
                .word("demanded", "VBN", "demand", -1, "root").word("sanctions", "NNS", "sanction", 2, "obj")
                .word(".", ".", 2, "punct").entity("Peru", EntityType.LOCATION));
        Position p = standing.positions().get(0);
        assertEquals("PERGOV", p.holder().actor().code());
        assertEquals("demand", p.stance());
        assertEquals(List.of("sanctions"), p.issues());
        assertEquals("demand: sanction", p.phrase());
        AnalyzedArticle once = read(ParsedStory.publishedOn("2021-03-15")
                .word("Peru", "NNP", 1, "nsubj").word("demanded", "VBD", "demand", -1, "root")
                .word("sanctions", "NNS", "sanction", 1, "obj").word(".", ".", 1, "punct")
                .entity("Peru", EntityType.LOCATION));
        assertTrue(once.positions().isEmpty());
    }

    /** "Peru has demanded sanctions , while Chile wants talks ." — Chile's wish is not Peru's stance. */
    @Test
    void a_contrasting_clause_is_left_out_of_a_position() {
        AnalyzedArticle doc = read(ParsedStory.publishedOn("2021-03-15")
                .word("Peru", "NNP", 2, "nsubj").word("has", "VBZ", "have", 2, "aux")
                .word("demanded", "VBN", "demand", -1, "root").word("sanctions", "NNS", "sanction", 2, "obj")
                .word(",", ",", 2, "punct").word("while", "IN", 7, "mark").word("Chile", "NNP", 7, "nsubj")
                .word("wants", "VBZ", "want", 2, "advcl:while").word("talks", "NNS", "talk", 7, "obj")
                .word(".", ".", 2, "punct")
                .entity("Peru", EntityType.LOCATION).entity("Chile", EntityType.LOCATION));
        Position peru = doc.positions().stream().filter(p -> p.holder().actor().code().equals("PERGOV"))
                .findFirst().orElseThrow();
        assertEquals("sanctions", peru.span().of(doc.text()));
        assertEquals("demand: sanction", peru.phrase());
    }
}
