package attache.events;

import attache.actors.ActorLexicons;
import attache.actors.ActorResolver;
import attache.actors.PhraseResolver;
import attache.model.EntityType;
import attache.model.Event;
import attache.model.EventDate;
import attache.model.Modality;
import attache.model.Plover;
import attache.model.TimexType;
import attache.testing.ParsedStory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The event coder on sentences parsed by hand, one rule a test. */
class EventCoderTest {

    private static final ActorLexicons ACTORS = ActorLexicons.bundled();
    private static final EventCoder CODER = new EventCoder(EventLexicons.bundled());
    private static final ActorResolver RESOLVER = new ActorResolver(new PhraseResolver(ACTORS), ACTORS.institutions());

    private static List<Event> code(ParsedStory story) {
        return CODER.apply(RESOLVER.apply(story.analysed())).events();
    }

    private static Event only(List<Event> events) {
        assertEquals(1, events.size(), events.toString());
        return events.get(0);
    }

    private static String dyad(Event e) {
        return e.source().actor().code() + ">" + e.target().map(t -> t.actor().code()).orElse("-");
    }

    /** "Norway <verb> Chile ." with an auxiliary or adverb before the verb when given. */
    private static ParsedStory norwayChile(String word, String pos, String relation, String verb, String verbPos, String lemma) {
        ParsedStory s = ParsedStory.publishedOn("2021-03-15").word("Norway", "NNP", 3, "nsubj");
        s = word == null ? s.word("so", "RB", 3, "advmod") : s.word(word, pos, 3, relation);
        return s.word("then", "RB", 3, "advmod").word(verb, verbPos, lemma, -1, "root").word("Chile", "NNP", 3, "obj")
                .word(".", ".", 3, "punct").entity("Norway", EntityType.LOCATION).entity("Chile", EntityType.LOCATION);
    }

    @Test
    void subject_accuses_object() {
        Event e = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("Iran", "NNP", 1, "nsubj").word("accused", "VBD", "accuse", -1, "root")
                .word("Israel", "NNP", 1, "obj").word("of", "IN", 4, "case").word("sabotage", "NN", 1, "obl")
                .entity("Iran", EntityType.LOCATION).entity("Israel", EntityType.LOCATION)));
        assertEquals(Plover.ACCUSE, e.type());
        assertEquals("IRNGOV>ISRGOV", dyad(e));
        assertEquals("112", e.cameo().code());
        assertEquals(Modality.ASSERTED, e.modality());
    }

    @Test
    void passive_clause_keeps_who_did_what() {
        Event e = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("Israel", "NNP", 2, "nsubj:pass").word("was", "VBD", "be", 2, "aux:pass")
                .word("accused", "VBN", "accuse", -1, "root").word("by", "IN", 4, "case").word("Iran", "NNP", 2, "obl")
                .entity("Israel", EntityType.LOCATION).entity("Iran", EntityType.LOCATION)));
        assertEquals("IRNGOV>ISRGOV", dyad(e));
    }

    @Test
    void conjoined_parties_of_symmetric_talks_are_paired_and_dated_by_their_clause() {
        Event e = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 3, "nsubj").word("and", "CC", 2, "cc").word("Chile", "NNP", 0, "conj")
                .word("resumed", "VBD", "resume", -1, "root").word("negotiations", "NNS", "negotiation", 3, "obj")
                .word("on", "IN", 6, "case").word("Friday", "NNP", 3, "obl")
                .entity("Norway", EntityType.LOCATION).entity("Chile", EntityType.LOCATION)
                .time("Friday", TimexType.DATE, "2021-03-12")));
        assertEquals(Plover.CONSULT, e.type());
        assertEquals("NORGOV>CHLGOV", dyad(e));
        assertEquals("2021-03-12", e.date().value());
        assertEquals(EventDate.Source.TEXT, e.date().source());
    }

    @Test
    void talks_between_two_parties_are_an_event_dated_by_publication_when_nothing_else_dates_them() {
        Event e = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("Talks", "NNS", "talk", 5, "nsubj").word("between", "IN", 2, "case").word("Norway", "NNP", 0, "nmod")
                .word("and", "CC", 4, "cc").word("Chile", "NNP", 2, "conj").word("began", "VBD", "begin", -1, "root")
                .entity("Norway", EntityType.LOCATION).entity("Chile", EntityType.LOCATION)));
        assertEquals(Plover.CONSULT, e.type());
        assertEquals("2021-03-15", e.date().value());
        assertEquals(EventDate.Source.PUBLICATION, e.date().source());
    }

    @Test
    void did_not_meet_is_negated() {
        Event e = only(code(norwayChile("not", "RB", "advmod", "meet", "VB", "meet")));
        assertTrue(e.negated());
    }

    @Test
    void will_meet_is_an_expressed_intent_to_meet() {
        Event e = only(code(norwayChile("will", "MD", "aux", "meet", "VB", "meet")));
        assertEquals(Modality.PLANNED, e.modality());
        assertEquals("036", e.cameo().code());
        assertEquals(Plover.AGREE, e.type());
        assertFalse(e.negated());
    }

    @Test
    void may_attack_is_hypothetical_and_stays_an_attack() {
        Event e = only(code(norwayChile("may", "MD", "aux", "attack", "VB", "attack")));
        assertEquals(Modality.HYPOTHETICAL, e.modality());
        assertEquals(Plover.ASSAULT, e.type());
    }

    @Test
    void claimed_event_is_reported_with_its_claimant_who_also_accuses() {
        List<Event> events = code(ParsedStory.publishedOn("2021-03-15")
                .word("Chile", "NNP", 1, "nsubj").word("claimed", "VBD", "claim", -1, "root")
                .word("Norway", "NNP", 3, "nsubj").word("attacked", "VBD", "attack", 1, "ccomp")
                .word("Peru", "NNP", 3, "obj")
                .entity("Chile", EntityType.LOCATION).entity("Norway", EntityType.LOCATION).entity("Peru", EntityType.LOCATION));
        Event e = events.stream().filter(x -> x.type() == Plover.ASSAULT).findFirst().orElseThrow();
        assertEquals("NORGOV>PERGOV", dyad(e));
        assertTrue(events.stream().anyMatch(x -> x.type() == Plover.ACCUSE && dyad(x).equals("CHLGOV>NORGOV")));
        assertEquals(Modality.REPORTED, e.modality());
        assertEquals("CHLGOV", e.claimant().orElseThrow().actor().code());
    }

    @Test
    void place_comes_from_the_clause() {
        Event e = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("met", "VBD", "meet", -1, "root").word("Chile", "NNP", 1, "obj")
                .word("in", "IN", 4, "case").word("Lima", "NNP", 1, "obl")
                .entity("Norway", EntityType.LOCATION).entity("Chile", EntityType.LOCATION).entity("Lima", EntityType.LOCATION)));
        assertEquals("Lima", e.location().orElseThrow().name());
        assertEquals("PER", e.location().orElseThrow().country());
    }

    @Test
    void a_later_sentence_continues_the_story_date_and_the_same_event_told_twice_is_merged() {
        List<Event> events = code(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("met", "VBD", "meet", -1, "root").word("Chile", "NNP", 1, "obj")
                .word("on", "IN", 4, "case").word("Friday", "NNP", 1, "obl")
                .entity("Norway", EntityType.LOCATION).entity("Chile", EntityType.LOCATION)
                .time("Friday", TimexType.DATE, "2021-03-12")
                .sentence().word("Chile", "NNP", 1, "nsubj").word("met", "VBD", "meet", -1, "root").word("Norway", "NNP", 1, "obj")
                .entity("Chile", EntityType.LOCATION).entity("Norway", EntityType.LOCATION)
                .sentence().word("Peru", "NNP", 1, "nsubj").word("accused", "VBD", "accuse", -1, "root").word("Chile", "NNP", 1, "obj")
                .entity("Peru", EntityType.LOCATION).entity("Chile", EntityType.LOCATION));
        assertEquals(2, events.size(), events.toString());
        assertEquals(2, events.get(0).evidence().size());
        Event accusation = events.get(1);
        assertEquals("2021-03-12", accusation.date().value());
        assertEquals(EventDate.Source.CONTEXT, accusation.date().source());
    }

    @Test
    void saying_another_must_act_is_a_demand_by_the_speaker() {
        Event e = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("Chile", "NNP", 1, "nsubj").word("said", "VBD", "say", -1, "root")
                .word("Peru", "NNP", 4, "nsubj").word("must", "MD", "must", 4, "aux").word("change", "VB", "change", 1, "ccomp")
                .entity("Chile", EntityType.LOCATION).entity("Peru", EntityType.LOCATION)));
        assertEquals(Plover.REQUEST, e.type());
        assertEquals("CHLGOV>PERGOV", dyad(e));
        assertEquals(Modality.ASSERTED, e.modality());
        assertTrue(e.claimant().isEmpty());
    }

    @Test
    void conjoined_country_adjectives_are_two_parties() {
        Event e = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("Chilean", "JJ", 3, "amod").word("and", "CC", 2, "cc").word("Peruvian", "JJ", 0, "conj")
                .word("envoys", "NNS", "envoy", 4, "nsubj").word("met", "VBD", "meet", -1, "root")
                .entity("Chilean", EntityType.MISC).entity("Peruvian", EntityType.MISC)));
        assertEquals(Plover.CONSULT, e.type());
        assertEquals("CHLGOV>PERGOV", dyad(e));
    }

    @Test
    void a_constraint_accepts_a_plural_the_tagger_left_unlemmatised() {
        Event e = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("offered", "VBD", "offer", -1, "root")
                .word("troops", "NNS", "troops", 1, "obj").word("to", "IN", 4, "case").word("Chile", "NNP", 1, "obl")
                .entity("Norway", EntityType.LOCATION).entity("Chile", EntityType.LOCATION)));
        assertEquals("0334", e.cameo().code());
        assertEquals("NORGOV>CHLGOV", dyad(e));
    }

    @Test
    void a_country_adjective_names_the_party_a_thing_belongs_to() {
        Event e = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("condemned", "VBD", "condemn", -1, "root")
                .word("Chilean", "JJ", 3, "amod").word("policy", "NN", 1, "obj")
                .entity("Norway", EntityType.LOCATION).entity("Chilean", EntityType.MISC)));
        assertEquals(Plover.ACCUSE, e.type());
        assertEquals("NORGOV>CHLGOV", dyad(e));
    }

    @Test
    void a_protest_stands_on_its_own_actor() {
        Event e = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("Chilean", "JJ", 1, "amod").word("students", "NNS", "student", 2, "nsubj")
                .word("protested", "VBD", "protest", -1, "root").entity("Chilean", EntityType.MISC)));
        assertEquals(Plover.PROTEST, e.type());
        assertTrue(e.target().isEmpty());
        assertEquals("CHL", e.source().actor().country());
    }

    @Test
    void an_event_without_the_target_its_frame_needs_is_not_coded() {
        assertTrue(code(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("accused", "VBD", "accuse", -1, "root")
                .entity("Norway", EntityType.LOCATION)).isEmpty());
    }
}
