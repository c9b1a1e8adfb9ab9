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

/**
 * Acts a sentence tells only to date or identify something else (TellingReader.background), and
 * which event nouns are what a coded verb is about (statements do not swallow the act they state; a
 * request misparsed as the subject of its infinitive is still what is rejected), and what a
 * demand asks for, which has not happened, on sentences parsed by hand.
 */
class BackgroundActsTest {

    private static final ActorLexicons ACTORS = ActorLexicons.bundled();
    private static final EventCoder CODER = new EventCoder(EventLexicons.bundled());
    private static final ActorResolver RESOLVER = new ActorResolver(new PhraseResolver(ACTORS), ACTORS.institutions());

    private static List<Event> code(ParsedStory story) {
        return CODER.apply(RESOLVER.apply(story.analysed())).events();
    }

    private static boolean any(List<Event> events, Plover type) {
        return events.stream().anyMatch(e -> e.type() == type);
    }

    /** "Rebels surrendered PREPOSITION an offensive by Uganda ." */
    private static ParsedStory surrendered(String preposition, String pos, String lemma) {
        return ParsedStory.publishedOn("2021-03-15")
                .word("Rebels", "NNS", "rebel", 1, "nsubj").word("surrendered", "VBD", "surrender", -1, "root")
                .word(preposition, pos, lemma, 4, "case").word("an", "DT", 4, "det")
                .word("offensive", "NN", "offensive", 1, "obl").word("by", "IN", 6, "case")
                .word("Uganda", "NNP", 4, "nmod").word(".", ".", 1, "punct")
                .entity("Uganda", EntityType.LOCATION);
    }

    @Test
    void an_act_that_dates_the_sentence_by_an_earlier_one_is_not_its_event() {
        assertFalse(any(code(surrendered("following", "VBG", "follow")), Plover.ASSAULT));
        assertFalse(any(code(surrendered("after", "IN", "after")), Plover.ASSAULT));
        assertFalse(any(code(surrendered("since", "IN", "since")), Plover.ASSAULT));
    }

    @Test
    void an_earlier_act_its_own_words_date_is_an_event_of_that_date() {
        // "Rebels surrendered following an offensive by Uganda in February ."
        List<Event> events = code(ParsedStory.publishedOn("2021-03-15")
                .word("Rebels", "NNS", "rebel", 1, "nsubj").word("surrendered", "VBD", "surrender", -1, "root")
                .word("following", "VBG", "follow", 4, "case").word("an", "DT", 4, "det")
                .word("offensive", "NN", "offensive", 1, "obl").word("by", "IN", 6, "case")
                .word("Uganda", "NNP", 4, "nmod").word("in", "IN", 8, "case").word("February", "NNP", 4, "nmod")
                .word(".", ".", 1, "punct")
                .entity("Uganda", EntityType.LOCATION).time("February", TimexType.DATE, "2021-02"));
        Event offensive = events.stream().filter(e -> e.type() == Plover.ASSAULT).findFirst()
                .orElseThrow(() -> new AssertionError(events.toString()));
        assertEquals("UGAGOV", offensive.source().actor().code());
        assertEquals("2021-02", offensive.date().value());
    }

    @Test
    void an_act_the_sentence_happens_during_is_an_event_of_its_own() {
        List<Event> events = code(surrendered("during", "IN", "during"));
        assertTrue(events.stream().anyMatch(e -> e.type() == Plover.ASSAULT && e.source().actor().code().equals("UGAGOV")),
                events.toString());
    }

    @Test
    void an_act_in_a_phrase_in_the_wake_of_another_is_not_the_sentence_event() {
        // "Rebels surrendered in the wake of an offensive by Uganda ."
        List<Event> events = code(ParsedStory.publishedOn("2021-03-15")
                .word("Rebels", "NNS", "rebel", 1, "nsubj").word("surrendered", "VBD", "surrender", -1, "root")
                .word("in", "IN", 4, "case").word("the", "DT", 4, "det").word("wake", "NN", 1, "obl")
                .word("of", "IN", 7, "case").word("an", "DT", 7, "det").word("offensive", "NN", 4, "nmod")
                .word("by", "IN", 9, "case").word("Uganda", "NNP", 7, "nmod")
                .entity("Uganda", EntityType.LOCATION));
        assertFalse(any(events, Plover.ASSAULT), events.toString());
    }

    /** "Chile returned a helicopter that Peru seized [on Friday] ." */
    private static ParsedStory helicopter(boolean dated) {
        ParsedStory s = ParsedStory.publishedOn("2021-03-15")
                .word("Chile", "NNP", 1, "nsubj").word("returned", "VBD", "return", -1, "root")
                .word("a", "DT", 3, "det").word("helicopter", "NN", 1, "obj").word("that", "WDT", 6, "obj")
                .word("Peru", "NNP", 6, "nsubj").word("seized", "VBD", "seize", 3, "acl:relcl");
        if (dated) {
            s = s.word("on", "IN", 8, "case").word("Friday", "NNP", 6, "obl").time("Friday", TimexType.DATE, "2021-03-12");
        }
        return s.entity("Chile", EntityType.LOCATION).entity("Peru", EntityType.LOCATION);
    }

    @Test
    void a_clause_that_only_identifies_a_noun_is_not_an_event() {
        assertFalse(any(code(helicopter(false)), Plover.COERCE));
    }

    @Test
    void a_clause_on_a_noun_with_a_date_of_its_own_is_a_separate_event_of_that_date() {
        Event seizure = code(helicopter(true)).stream().filter(e -> e.type() == Plover.COERCE).findFirst().orElseThrow();
        assertEquals("PERGOV", seizure.source().actor().code());
        assertEquals("1711", seizure.cameo().code());
        assertEquals("2021-03-12", seizure.date().value());
        assertEquals(EventDate.Source.TEXT, seizure.date().source());
    }

    @Test
    void a_statement_verb_does_not_swallow_the_act_it_announces() {
        // "Norway announced a suspension of flights to Chile ."
        List<Event> events = code(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("announced", "VBD", "announce", -1, "root")
                .word("a", "DT", 3, "det").word("suspension", "NN", 1, "obj").word("of", "IN", 5, "case")
                .word("flights", "NNS", "flight", 3, "nmod").word("to", "IN", 7, "case").word("Chile", "NNP", 5, "nmod")
                .word(".", ".", 1, "punct")
                .entity("Norway", EntityType.LOCATION).entity("Chile", EntityType.LOCATION));
        Event e = events.stream().filter(x -> x.type() == Plover.SANCTION).findFirst().orElseThrow();
        assertEquals("NORGOV", e.source().actor().code());
        assertEquals("CHLGOV", e.target().orElseThrow().actor().code());
        assertEquals("160", e.cameo().code());
    }

    @Test
    void a_request_parsed_as_the_subject_of_its_infinitive_is_what_is_rejected() {
        // "Norway rejected Chile 's demand to sever ties ." with the demand as subject of "to sever".
        List<Event> events = code(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("rejected", "VBD", "reject", -1, "root")
                .word("Chile", "NNP", 4, "nmod:poss").word("'s", "POS", 2, "case")
                .word("demand", "NN", "demand", 6, "nsubj").word("to", "TO", 6, "mark")
                .word("sever", "VB", "sever", 1, "ccomp").word("ties", "NNS", "tie", 6, "obj").word(".", ".", 1, "punct")
                .entity("Norway", EntityType.LOCATION).entity("Chile", EntityType.LOCATION));
        assertTrue(any(events, Plover.REJECT), events.toString());
        assertFalse(any(events, Plover.REQUEST), events.toString());
    }

    @Test
    void what_a_demand_asks_for_has_not_happened() {
        // "Norway demanded that Chile withdraw ."
        List<Event> events = code(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("demanded", "VBD", "demand", -1, "root")
                .word("that", "IN", 4, "mark").word("Chile", "NNP", 4, "nsubj")
                .word("withdraw", "VB", "withdraw", 1, "ccomp").word(".", ".", 1, "punct")
                .entity("Norway", EntityType.LOCATION).entity("Chile", EntityType.LOCATION));
        Event demand = events.stream().filter(e -> e.type() == Plover.REQUEST).findFirst()
                .orElseThrow(() -> new AssertionError(events.toString()));
        assertEquals(Modality.ASSERTED, demand.modality());
        assertEquals("CHLGOV", demand.target().orElseThrow().actor().code());
        assertTrue(events.stream().filter(e -> e.type() != Plover.REQUEST)
                .allMatch(e -> e.modality() == Modality.HYPOTHETICAL), events.toString());
        assertTrue(events.size() > 1, events.toString());
    }

    @Test
    void sanctions_imposed_on_a_state_are_a_sanction_as_plover_defines_it() {
        // "Norway imposed sanctions on Chile ."
        List<Event> events = code(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("imposed", "VBD", "impose", -1, "root")
                .word("sanctions", "NNS", "sanction", 1, "obj").word("on", "IN", 4, "case")
                .word("Chile", "NNP", 1, "obl").word(".", ".", 1, "punct")
                .entity("Norway", EntityType.LOCATION).entity("Chile", EntityType.LOCATION));
        assertEquals(1, events.size(), events.toString());
        Event e = events.get(0);
        assertEquals(Plover.SANCTION, e.type());
        assertEquals("163", e.cameo().code());
        assertEquals("discontinue", e.mode().orElseThrow());
        assertEquals("CHLGOV", e.target().orElseThrow().actor().code());
    }

    @Test
    void a_passive_accusation_finds_its_accuser_on_the_charge() {
        // "Chile was accused of fraud by Norway ." with the by-phrase parsed onto the charge.
        List<Event> events = code(ParsedStory.publishedOn("2021-03-15")
                .word("Chile", "NNP", 2, "nsubj:pass").word("was", "VBD", "be", 2, "aux:pass")
                .word("accused", "VBN", "accuse", -1, "root").word("of", "IN", 4, "case").word("fraud", "NN", 2, "obl")
                .word("by", "IN", 6, "case").word("Norway", "NNP", 4, "nmod").word(".", ".", 2, "punct")
                .entity("Chile", EntityType.LOCATION).entity("Norway", EntityType.LOCATION));
        assertEquals(1, events.size(), events.toString());
        assertEquals(Plover.ACCUSE, events.get(0).type());
        assertEquals("NORGOV", events.get(0).source().actor().code());
        assertEquals("CHLGOV", events.get(0).target().orElseThrow().actor().code());
    }
}
