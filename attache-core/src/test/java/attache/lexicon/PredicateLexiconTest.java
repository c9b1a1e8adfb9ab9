package attache.lexicon;

import attache.events.Arc;
import attache.events.NounFrame;
import attache.model.Plover;
import attache.events.PredicateFrame;
import attache.events.VerbFrame;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PredicateLexiconTest {

    private static final PloverOntology ONTOLOGY = PloverOntology.bundled();
    private static final CameoTable TABLE = CameoTable.bundled(ONTOLOGY);
    private static final PredicateLexicon LEXICON = PredicateLexicon.bundled(TABLE, ONTOLOGY);

    private static PredicateLexicon parse(String rows) throws IOException {
        return PredicateLexicon.parse(new StringReader(rows), "p.tsv", TABLE, ONTOLOGY);
    }

    /** The first frame of a lemma whose constraints mention {@code lemma}, as the coder would pick it. */
    private static VerbFrame verb(String verb, String objectLemma) {
        return LEXICON.forVerb(verb).stream()
                .filter(f -> f.constraints().stream().anyMatch(c -> c.lemmas().contains(objectLemma)))
                .findFirst().orElseThrow(() -> new AssertionError(verb + " + " + objectLemma));
    }

    @Test
    void every_cameo_root_has_several_verb_lemmas() {
        Map<String, Set<String>> lemmasByRoot = new HashMap<>();
        for (PredicateFrame f : LEXICON.all()) {
            if (f instanceof VerbFrame) {
                lemmasByRoot.computeIfAbsent(f.cameo().rootCode(), r -> new java.util.HashSet<>()).add(f.lemma());
            }
        }
        for (int root = 1; root <= 20; root++) {
            String code = String.format("%02d", root);
            int n = lemmasByRoot.getOrDefault(code, Set.of()).size();
            assertTrue(n >= 4, "root " + code + " has " + n + " verb lemmas");
        }
    }

    @Test
    void every_plover_type_has_verb_and_noun_frames() {
        Set<Plover> verbs = EnumSet.noneOf(Plover.class);
        Set<Plover> nouns = EnumSet.noneOf(Plover.class);
        for (PredicateFrame f : LEXICON.all()) {
            f.plover().ifPresent(p -> (f instanceof VerbFrame ? verbs : nouns).add(p));
        }
        assertEquals(EnumSet.allOf(Plover.class), verbs);
        assertEquals(EnumSet.allOf(Plover.class), nouns);
    }

    @Test
    void meet_is_a_symmetric_consultation_with_its_target_after_with() {
        VerbFrame meet = LEXICON.forVerb("meet").stream().filter(f -> f.constraints().isEmpty()).findFirst().orElseThrow();
        assertEquals(Optional.of(Plover.CONSULT), meet.plover());
        assertTrue(meet.symmetric());
        assertEquals(Arc.marked("obl", "with"), meet.target().get(0).first());
        assertEquals("nsubj", meet.source().get(0).toString());
    }

    @Test
    void light_verbs_code_by_their_object() {
        assertEquals("040", verb("hold", "talk").cameo().code());
        assertEquals("057", verb("sign", "agreement").cameo().code());
        assertEquals("163", verb("impose", "sanction").cameo().code());
        assertEquals("154", verb("deploy", "troop").cameo().code());
        assertEquals("070", verb("give", "aid").cameo().code());
        assertEquals("036", verb("accept", "invitation").cameo().code());
        assertEquals(Optional.of(Plover.AGREE), verb("accept", "invitation").plover());
    }

    @Test
    void most_constrained_frame_comes_first() {
        List<VerbFrame> strike = LEXICON.forVerb("strike");
        assertFalse(strike.get(0).constraints().isEmpty());
        assertEquals("057", strike.get(0).cameo().code());
        VerbFrame bare = strike.stream().filter(f -> f.constraints().isEmpty()).findFirst().orElseThrow();
        assertEquals(Optional.of(Plover.ASSAULT), bare.plover());
    }

    @Test
    void frames_naming_lemmas_come_before_frames_accepting_any_with_as_many_constraints() {
        // "accuse obl:of=*" is written before the sub-codes; "accused of espionage" must still be 1125.
        List<VerbFrame> accuse = LEXICON.forVerb("accuse");
        int wildcard = -1;
        int espionage = -1;
        for (int i = 0; i < accuse.size(); i++) {
            VerbFrame f = accuse.get(i);
            if (f.constraints().size() == 1 && f.constraints().get(0).lemmas().isEmpty()) {
                wildcard = i;
            }
            if (f.constraints().stream().anyMatch(c -> c.lemmas().contains("espionage"))) {
                espionage = i;
            }
        }
        assertTrue(espionage >= 0 && wildcard >= 0 && espionage < wildcard, accuse.toString());
        assertEquals("1125", accuse.get(espionage).cameo().code());
        assertEquals("1311", verb("threaten", "cut").cameo().code());
    }

    @Test
    void core_verbs_reach_their_plover_types() {
        Map<String, Plover> expected = Map.ofEntries(
                Map.entry("accuse", Plover.ACCUSE), Map.entry("blame", Plover.ACCUSE),
                Map.entry("condemn", Plover.ACCUSE), Map.entry("demand", Plover.REQUEST),
                Map.entry("invite", Plover.AGREE), Map.entry("threaten", Plover.THREATEN),
                Map.entry("attack", Plover.ASSAULT), Map.entry("shell", Plover.ASSAULT),
                Map.entry("arrest", Plover.COERCE), Map.entry("protest", Plover.PROTEST),
                Map.entry("reject", Plover.REJECT), Map.entry("agree", Plover.AGREE),
                Map.entry("endorse", Plover.SUPPORT), Map.entry("apologize", Plover.SUPPORT),
                Map.entry("cooperate", Plover.COOPERATE), Map.entry("withdraw", Plover.RETREAT),
                Map.entry("kill", Plover.ASSAULT), Map.entry("visit", Plover.CONSULT));
        expected.forEach((lemma, type) -> assertTrue(
                LEXICON.forVerb(lemma).stream().anyMatch(f -> f.plover().equals(Optional.of(type))), lemma));
    }

    @Test
    void demand_finds_its_target_in_the_complement_clause() {
        VerbFrame demand = LEXICON.forVerb("demand").stream()
                .filter(f -> f.constraints().isEmpty()).findFirst().orElseThrow();
        assertTrue(demand.target().stream().anyMatch(p -> p.toString().equals("ccomp>nsubj")));
    }

    @Test
    void nominal_events_have_frames() {
        NounFrame talks = LEXICON.forNoun("talk").get(0);
        assertEquals(Optional.of(Plover.CONSULT), talks.plover());
        assertTrue(talks.symmetric());
        assertTrue(talks.target().stream().anyMatch(p -> p.toString().equals("nmod:between")));
        assertEquals(Optional.of(Plover.CONSULT), LEXICON.forNoun("summit").get(0).plover());
        assertEquals("164", LEXICON.forNoun("breakdown").get(0).cameo().code());
        assertEquals(Optional.of(Plover.ASSAULT), LEXICON.forNoun("attack").get(0).plover());
        assertEquals("042", LEXICON.forNoun("visit").get(0).cameo().code());
    }

    @Test
    void entry_overrides_type_and_mode_where_plover_defines_them() {
        VerbFrame resign = LEXICON.forVerb("resign").get(0);
        assertEquals(Optional.of(Plover.RETREAT), resign.plover());
        assertEquals(Optional.of("resign"), resign.mode());
        assertTrue(resign.provenance().startsWith(PredicateLexicon.RESOURCE + ":"), resign.provenance());
    }

    @Test
    void statements_have_no_plover_type() {
        assertEquals(Optional.empty(), LEXICON.forVerb("say").get(0).plover());
    }

    @Test
    void parses_paths_constraints_and_flags() throws IOException {
        PredicateLexicon lexicon = parse("# c\nverb\tgo|strike\tobl:on=strike;obl:on>compound=hunger\tnsubj\t-\t142\tsym\n");
        VerbFrame go = lexicon.forVerb("go").get(0);
        assertEquals(2, go.constraints().size());
        assertEquals("obl:on>compound", go.constraints().get(1).path().toString());
        assertTrue(go.constraints().get(1).accepts("Hunger"));
        assertTrue(go.symmetric());
        assertEquals("p.tsv:2", go.provenance());
        assertEquals(1, lexicon.forVerb("strike").size());
    }

    @Test
    void rejects_bad_rows_naming_their_line() {
        List<String> bad = List.of(
                "verb\tmeet\t-\tnsubj\tobl:with\t999\t-",          // unknown code
                "verb\tmeet\t-\tnsbj\tobl:with\t040\t-",           // unknown relation
                "verb\tmeet\tobj\tnsubj\tobl:with\t040\t-",        // constraint without =
                "verb\tmeet\t-\tnsubj\tobl:with\t040\tplover=TALK", // unknown type
                "verb\tmeet\t-\tnsubj\tobl:with\t040\tmode=arrest", // mode of another type
                "verb\tmeet\t-\tnsubj\tobl:with\t040\tloud",        // unknown flag
                "adj\tmeet\t-\tnsubj\tobl:with\t040\t-",            // part of speech
                "verb\tMeet\t-\tnsubj\tobl:with\t040\t-",           // lemma case
                "verb\tmeet\t-\tnsubj\tobl:with\t040");              // columns
        for (String row : bad) {
            var e = assertThrows(IllegalArgumentException.class, () -> parse("# header\n" + row + "\n"), row);
            assertTrue(e.getMessage().startsWith("p.tsv:2:"), e.getMessage());
        }
    }
}
