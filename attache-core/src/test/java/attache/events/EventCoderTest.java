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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
    void a_protest_stands_on_its_own_actor_and_is_addressed_to_its_government() {
        Event e = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("Chilean", "JJ", 1, "amod").word("students", "NNS", "student", 2, "nsubj")
                .word("protested", "VBD", "protest", -1, "root").entity("Chilean", EntityType.MISC)));
        assertEquals(Plover.PROTEST, e.type());
        assertEquals("CHL", e.source().actor().country());
        assertEquals("CHLGOV", e.target().orElseThrow().actor().code());
    }

    @Test
    void a_protest_is_addressed_to_the_government_of_the_state_where_it_takes_place() {
        // "Chilean students protested in Lima."
        Event e = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("Chilean", "JJ", 1, "amod").word("students", "NNS", "student", 2, "nsubj")
                .word("protested", "VBD", "protest", -1, "root").word("in", "IN", 4, "case").word("Lima", "NNP", 2, "obl")
                .entity("Chilean", EntityType.MISC).entity("Lima", EntityType.LOCATION)));
        assertEquals("PERGOV", e.target().orElseThrow().actor().code());
    }

    @Test
    void a_curfew_the_text_gives_no_target_is_imposed_on_the_state_s_own_people() {
        // "Norway imposed a curfew."
        Event e = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("imposed", "VBD", "impose", -1, "root")
                .word("a", "DT", 3, "det").word("curfew", "NN", 1, "obj")
                .entity("Norway", EntityType.LOCATION)));
        assertEquals(Plover.COERCE, e.type());
        assertEquals("NORGOV>NOR", dyad(e));
    }

    @Test
    void a_government_protesting_to_nobody_named_keeps_no_target() {
        Event e = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("protested", "VBD", "protest", -1, "root")
                .entity("Norway", EntityType.LOCATION)));
        assertEquals(Plover.PROTEST, e.type());
        assertTrue(e.target().isEmpty());
    }

    @Test
    void a_group_named_only_by_its_sector_takes_the_one_country_its_sentence_names() {
        // "Norway accused the rebels of sabotage."
        Event e = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("accused", "VBD", "accuse", -1, "root")
                .word("the", "DT", 3, "det").word("rebels", "NNS", "rebel", 1, "obj")
                .word("of", "IN", 5, "case").word("sabotage", "NN", 1, "obl")
                .entity("Norway", EntityType.LOCATION)));
        assertEquals("NORGOV>NORREB", dyad(e));
    }

    @Test
    void a_group_named_only_by_its_sector_takes_the_country_of_the_event_place_first() {
        // "The rebels attacked Norway in Lima.": the place, not the other party, says whose rebels.
        Event e = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("The", "DT", 1, "det").word("rebels", "NNS", "rebel", 2, "nsubj")
                .word("attacked", "VBD", "attack", -1, "root").word("Norway", "NNP", 2, "obj")
                .word("in", "IN", 5, "case").word("Lima", "NNP", 2, "obl")
                .entity("Norway", EntityType.LOCATION).entity("Lima", EntityType.LOCATION)));
        assertEquals("PERREB>NORGOV", dyad(e));
    }

    @Test
    void a_group_named_only_by_its_sector_stays_without_a_country_when_its_sentence_names_two() {
        // "Norway accused the rebels of helping Chile.": Norwegian or Chilean rebels, the text does not say.
        List<Event> events = code(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("accused", "VBD", "accuse", -1, "root")
                .word("the", "DT", 3, "det").word("rebels", "NNS", "rebel", 1, "obj")
                .word("of", "IN", 5, "mark").word("helping", "VBG", "help", 1, "advcl")
                .word("Chile", "NNP", 5, "obj")
                .entity("Norway", EntityType.LOCATION).entity("Chile", EntityType.LOCATION));
        Event accusation = events.stream().filter(e -> e.type() == Plover.ACCUSE).findFirst().orElseThrow();
        // A party without a country is nobody event data can count: the accusation stands, told without it.
        assertEquals("NORGOV>-", dyad(accusation));
    }

    @Test
    void a_people_named_by_nationality_is_the_country_s_people_and_protests_to_its_government() {
        // "Chileans protested."
        Event e = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("Chileans", "NNPS", "Chilean", 1, "nsubj").word("protested", "VBD", "protest", -1, "root")
                .word(".", ".", 1, "punct").entity("Chileans", EntityType.MISC)));
        assertEquals("CHL>CHLGOV", dyad(e));
    }

    @Test
    void a_people_named_by_nationality_but_placed_in_another_state_is_coded_with_that_state() {
        // "The Chileans of Peru demanded autonomy."
        Event e = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("The", "DT", 1, "det").word("Chileans", "NNPS", "Chilean", 4, "nsubj")
                .word("of", "IN", 3, "case").word("Peru", "NNP", 1, "nmod")
                .word("demanded", "VBD", "demand", -1, "root").word("autonomy", "NN", 4, "obj")
                .word(".", ".", 4, "punct").entity("Chileans", EntityType.MISC).entity("Peru", EntityType.LOCATION)));
        assertEquals(Plover.REQUEST, e.type());
        assertEquals("PER", e.source().actor().country());
        assertEquals(null, e.source().actor().agent());
    }

    @Test
    void a_named_modifier_says_who_rather_than_a_possessive_pronoun() {
        // "Norway urged its Chilean partners." - the partners are Chile's, not Norway's.
        Event e = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("urged", "VBD", "urge", -1, "root")
                .word("its", "PRP$", 4, "nmod:poss").word("Chilean", "JJ", 4, "amod").word("partners", "NNS", "partner", 1, "obj")
                .word(".", ".", 1, "punct")
                .entity("Norway", EntityType.LOCATION).entity("Chilean", EntityType.MISC)));
        assertEquals("CHL", e.target().orElseThrow().actor().country());
    }

    @Test
    void a_threat_held_over_a_condition_is_aimed_at_the_one_the_condition_is_set_on() {
        // "Norway threatened to shell the border unless Chile withdrew."
        List<Event> events = code(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("threatened", "VBD", "threaten", -1, "root")
                .word("to", "TO", 3, "mark").word("shell", "VB", "shell", 1, "xcomp")
                .word("the", "DT", 5, "det").word("border", "NN", 3, "obj")
                .word("unless", "IN", 8, "mark").word("Chile", "NNP", 8, "nsubj").word("withdrew", "VBD", "withdraw", 3, "advcl")
                .word(".", ".", 1, "punct")
                .entity("Norway", EntityType.LOCATION).entity("Chile", EntityType.LOCATION));
        assertTrue(events.stream().anyMatch(e -> e.type() == Plover.THREATEN && dyad(e).equals("NORGOV>CHLGOV")),
                events.toString());
    }

    @Test
    void two_tellings_merged_keep_the_code_that_says_more() {
        assertTrue(EventMerger.finer("1313", "131"));
        assertTrue(EventMerger.finer("1384", "130"));
        assertFalse(EventMerger.finer("130", "1384"));
        assertFalse(EventMerger.finer("133", "1384"));
        assertFalse(EventMerger.finer("1411", "130"));
    }

    @Test
    void people_of_a_country_acting_are_not_its_state() {
        // "Chilean prisoners rioted in Lima.": Chile's people, protesting to Peru's government.
        Event e = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("Chilean", "JJ", 1, "amod").word("prisoners", "NNS", "prisoner", 2, "nsubj")
                .word("rioted", "VBD", "riot", -1, "root").word("in", "IN", 4, "case").word("Lima", "NNP", 2, "obl")
                .word(".", ".", 2, "punct").entity("Chilean", EntityType.MISC).entity("Lima", EntityType.LOCATION)));
        assertEquals(Plover.PROTEST, e.type());
        assertEquals("CHL>PERGOV", dyad(e));
    }

    @Test
    void the_target_named_inside_the_object_is_the_party_the_demand_bears_on() {
        // "Norway demanded the withdrawal of Chilean forces."
        Event e = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("demanded", "VBD", "demand", -1, "root")
                .word("the", "DT", 3, "det").word("withdrawal", "NN", 1, "obj")
                .word("of", "IN", 6, "case").word("Chilean", "JJ", 6, "amod").word("forces", "NNS", "force", 3, "nmod")
                .word(".", ".", 1, "punct")
                .entity("Norway", EntityType.LOCATION).entity("Chilean", EntityType.MISC)));
        assertEquals(Plover.REQUEST, e.type());
        assertEquals("NOR", e.source().actor().country());
        assertEquals("CHL", e.target().orElseThrow().actor().country());
    }

    @Test
    void the_target_named_inside_an_oblique_is_the_party_the_call_bears_on() {
        // "Norway called for the release of Chilean prisoners."
        Event e = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("called", "VBD", "call", -1, "root")
                .word("for", "IN", 4, "case").word("the", "DT", 4, "det").word("release", "NN", 1, "obl")
                .word("of", "IN", 7, "case").word("Chilean", "JJ", 7, "amod").word("prisoners", "NNS", "prisoner", 4, "nmod")
                .word(".", ".", 1, "punct")
                .entity("Norway", EntityType.LOCATION).entity("Chilean", EntityType.MISC)));
        assertEquals(Plover.REQUEST, e.type());
        assertEquals("NOR", e.source().actor().country());
        assertEquals("CHL", e.target().orElseThrow().actor().country());
    }

    @Test
    void calling_for_sanctions_against_a_party_condemns_it() {
        // "Norway called for sanctions against Chile.": nobody is asked anything of Chile.
        Event e = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("called", "VBD", "call", -1, "root")
                .word("for", "IN", 3, "case").word("sanctions", "NNS", "sanction", 1, "obl")
                .word("against", "IN", 5, "case").word("Chile", "NNP", 3, "nmod")
                .word(".", ".", 1, "punct")
                .entity("Norway", EntityType.LOCATION).entity("Chile", EntityType.LOCATION)));
        assertEquals(Plover.ACCUSE, e.type());
        assertEquals("110", e.cameo().code());
        assertEquals("NORGOV>CHLGOV", dyad(e));
    }

    @Test
    void an_agreement_to_give_aid_is_with_the_country_the_aid_is_for() {
        // "Norway agreed to provide aid for Chile and Peru."
        List<Event> events = code(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("agreed", "VBD", "agree", -1, "root")
                .word("to", "TO", 3, "mark").word("provide", "VB", "provide", 1, "xcomp")
                .word("aid", "NN", 3, "obj").word("for", "IN", 6, "case").word("Chile", "NNP", 4, "nmod")
                .word("and", "CC", 8, "cc").word("Peru", "NNP", 6, "conj").word(".", ".", 1, "punct")
                .entity("Norway", EntityType.LOCATION).entity("Chile", EntityType.LOCATION)
                .entity("Peru", EntityType.LOCATION));
        List<String> agreements = events.stream().filter(e -> e.type() == Plover.AGREE).map(EventCoderTest::dyad).toList();
        assertTrue(agreements.contains("NORGOV>CHLGOV") && agreements.contains("NORGOV>PERGOV"), events.toString());
    }

    @Test
    void the_actor_s_own_forces_in_the_object_are_not_its_target() {
        // "Norway's army shelled Norwegian positions and Chilean forces.": not its own army; the foreign party.
        List<Event> events = code(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 2, "nmod:poss").word("'s", "POS", 0, "case").word("army", "NN", 3, "nsubj")
                .word("demanded", "VBD", "demand", -1, "root")
                .word("the", "DT", 5, "det").word("surrender", "NN", 3, "obj")
                .word("of", "IN", 8, "case").word("Norwegian", "JJ", 8, "amod").word("rebels", "NNS", "rebel", 5, "nmod")
                .word("and", "CC", 11, "cc").word("Chilean", "JJ", 11, "amod").word("forces", "NNS", "force", 8, "conj")
                .entity("Norway", EntityType.LOCATION).entity("Norwegian", EntityType.MISC)
                .entity("Chilean", EntityType.MISC));
        assertTrue(events.stream().anyMatch(e -> e.type() == Plover.REQUEST && e.target().isPresent()), events.toString());
        assertTrue(events.stream().filter(e -> e.type() == Plover.REQUEST).flatMap(e -> e.target().stream())
                .noneMatch(t -> "MIL".equals(t.actor().agent()) && "NOR".equals(t.actor().country())), events.toString());
    }

    @Test
    void an_attack_the_text_places_but_aims_at_nobody_named_bears_on_the_place_s_state() {
        // "Norwegian troops shelled a village in Chile."
        Event e = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("Norwegian", "JJ", 1, "amod").word("troops", "NNS", "troop", 2, "nsubj")
                .word("shelled", "VBD", "shell", -1, "root").word("a", "DT", 4, "det").word("village", "NN", 2, "obj")
                .word("in", "IN", 6, "case").word("Chile", "NNP", 2, "obl").word(".", ".", 2, "punct")
                .entity("Norwegian", EntityType.MISC).entity("Chile", EntityType.LOCATION)));
        assertEquals(Plover.ASSAULT, e.type());
        assertEquals("CHL", e.target().orElseThrow().actor().country());
    }

    @Test
    void an_attack_the_text_does_not_place_keeps_no_target_of_its_own_country() {
        // "Norwegian troops shelled a village.": whose village, the text does not say.
        Event e = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("Norwegian", "JJ", 1, "amod").word("troops", "NNS", "troop", 2, "nsubj")
                .word("shelled", "VBD", "shell", -1, "root").word("a", "DT", 4, "det").word("village", "NN", 2, "obj")
                .word(".", ".", 2, "punct").entity("Norwegian", EntityType.MISC)));
        assertEquals(Plover.ASSAULT, e.type());
        assertTrue(e.target().isEmpty(), e.toString());
    }

    @Test
    void a_threatened_attack_is_a_threat_not_an_attack() {
        // "Norway threatened to shell Chile."
        List<Event> events = code(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("threatened", "VBD", "threaten", -1, "root")
                .word("to", "TO", 3, "mark").word("shell", "VB", "shell", 1, "xcomp").word("Chile", "NNP", 3, "obj")
                .entity("Norway", EntityType.LOCATION).entity("Chile", EntityType.LOCATION));
        assertFalse(events.isEmpty());
        assertTrue(events.stream().allMatch(e -> e.type() == Plover.THREATEN), events.toString());
    }

    @Test
    void would_in_what_someone_said_is_their_future_and_a_hostile_act_so_announced_a_threat() {
        // "Norway said it would blockade Chile."
        Event e = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("said", "VBD", "say", -1, "root")
                .word("it", "PRP", 4, "nsubj").word("would", "MD", 4, "aux").word("blockade", "VB", "blockade", 1, "ccomp")
                .word("Chile", "NNP", 4, "obj")
                .entity("Norway", EntityType.LOCATION).entity("Chile", EntityType.LOCATION)));
        assertEquals(Plover.THREATEN, e.type());
        assertEquals("NORGOV>CHLGOV", dyad(e));
    }

    @Test
    void would_without_anyone_saying_it_stays_a_possibility() {
        // "Norway would blockade Chile."
        Event e = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 2, "nsubj").word("would", "MD", 2, "aux").word("blockade", "VB", "blockade", -1, "root")
                .word("Chile", "NNP", 2, "obj")
                .entity("Norway", EntityType.LOCATION).entity("Chile", EntityType.LOCATION)));
        assertEquals(Modality.HYPOTHETICAL, e.modality());
        assertNotEquals(Plover.THREATEN, e.type());
    }

    @Test
    void a_hostile_act_that_may_happen_on_a_condition_is_a_threat_made() {
        // "Norway may attack Chile if talks fail."
        Event e = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 2, "nsubj").word("may", "MD", 2, "aux").word("attack", "VB", "attack", -1, "root")
                .word("Chile", "NNP", 2, "obj").word("if", "IN", 6, "mark").word("talks", "NNS", "talk", 6, "nsubj")
                .word("fail", "VBP", "fail", 2, "advcl")
                .entity("Norway", EntityType.LOCATION).entity("Chile", EntityType.LOCATION)));
        assertEquals(Plover.THREATEN, e.type());
        assertEquals(Modality.ASSERTED, e.modality());
        assertEquals("NORGOV>CHLGOV", dyad(e));
    }

    @Test
    void a_promised_cooperative_act_on_an_unless_condition_is_an_ultimatum() {
        // "Norway will withdraw its troops from Chile unless talks resume."
        List<Event> events = code(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 2, "nsubj").word("will", "MD", 2, "aux").word("withdraw", "VB", "withdraw", -1, "root")
                .word("its", "PRP$", 4, "nmod:poss").word("troops", "NNS", "troop", 2, "obj")
                .word("from", "IN", 6, "case").word("Chile", "NNP", 2, "obl")
                .word("unless", "IN", 9, "mark").word("talks", "NNS", "talk", 9, "nsubj").word("resume", "VBP", "resume", 2, "advcl")
                .entity("Norway", EntityType.LOCATION).entity("Chile", EntityType.LOCATION));
        assertTrue(events.stream().anyMatch(e -> e.type() == Plover.THREATEN && e.cameo().code().equals("130")),
                events.toString());
    }

    @Test
    void rejecting_a_proposal_a_country_word_modifies_targets_that_country() {
        // "Norway rejected a Chilean proposal."
        Event e = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("rejected", "VBD", "reject", -1, "root")
                .word("a", "DT", 4, "det").word("Chilean", "JJ", 4, "amod").word("proposal", "NN", 1, "obj")
                .entity("Norway", EntityType.LOCATION).entity("Chilean", EntityType.MISC)));
        assertEquals(Plover.REJECT, e.type());
        assertEquals("NORGOV", e.source().actor().code());
        assertEquals("CHL", e.target().orElseThrow().actor().country());
    }

    @Test
    void an_object_moved_past_a_time_or_an_as_phrase_is_still_the_object() {
        // "Norway rejected Monday a Chilean request": the parser hangs the request under "Monday".
        Event rejected = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("rejected", "VBD", "reject", -1, "root")
                .word("Monday", "NNP", 1, "obl:tmod").word("a", "DT", 5, "det").word("Chilean", "JJ", 5, "amod")
                .word("request", "NN", 2, "dep")
                .entity("Norway", EntityType.LOCATION).entity("Chilean", EntityType.MISC)));
        assertEquals(Plover.REJECT, rejected.type());
        assertEquals("CHL", rejected.target().orElseThrow().actor().country());
        // "Norway condemned as a crime Chile's decision": the decision hangs under "crime".
        Event condemned = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("condemned", "VBD", "condemn", -1, "root")
                .word("as", "IN", 4, "case").word("a", "DT", 4, "det").word("crime", "NN", 1, "obl")
                .word("Chile", "NNP", 7, "nmod:poss").word("'s", "POS", 5, "case").word("decision", "NN", 4, "dep")
                .entity("Norway", EntityType.LOCATION).entity("Chile", EntityType.LOCATION)));
        assertEquals(Plover.ACCUSE, condemned.type());
        assertEquals("NORGOV>CHLGOV", dyad(condemned));
    }

    @Test
    void an_event_whose_text_names_no_target_is_one_sided() {
        Event e = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("surrendered", "VBD", "surrender", -1, "root")
                .entity("Norway", EntityType.LOCATION)));
        assertEquals(Plover.RETREAT, e.type());
        assertEquals("NORGOV>-", dyad(e));
    }

    @Test
    void a_frame_marked_dyadic_codes_nothing_without_its_target() {
        // "Norway claimed the talks collapsed": nobody is accused.
        List<Event> events = code(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("claimed", "VBD", "claim", -1, "root")
                .word("the", "DT", 3, "det").word("talks", "NNS", "talk", 4, "nsubj").word("collapsed", "VBD", "collapse", 1, "ccomp")
                .entity("Norway", EntityType.LOCATION));
        assertTrue(events.stream().noneMatch(e -> e.type() == Plover.ACCUSE), events.toString());
    }

    @Test
    void a_clause_with_a_subject_of_its_own_does_not_take_the_source_of_the_clause_above() {
        // "Norway claimed the talks collapsed": Norway did not break off the talks.
        List<Event> events = code(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("claimed", "VBD", "claim", -1, "root")
                .word("the", "DT", 3, "det").word("talks", "NNS", "talk", 4, "nsubj").word("collapsed", "VBD", "collapse", 1, "ccomp")
                .entity("Norway", EntityType.LOCATION));
        assertTrue(events.stream().noneMatch(e -> e.type() == Plover.SANCTION), events.toString());
    }

    @Test
    void a_one_sided_event_adds_nothing_beside_a_dyadic_one_of_its_type_and_source() {
        // "Norway met Chile and talked": one meeting, not a second one with nobody.
        Event e = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("met", "VBD", "meet", -1, "root").word("Chile", "NNP", 1, "obj")
                .word("and", "CC", 4, "cc").word("talked", "VBD", "talk", 1, "conj")
                .entity("Norway", EntityType.LOCATION).entity("Chile", EntityType.LOCATION)));
        assertEquals("NORGOV>CHLGOV", dyad(e));
    }

    @Test
    void will_boycott_is_a_threat() {
        Event e = only(code(norwayChile("will", "MD", "aux", "boycott", "VB", "boycott")));
        assertEquals(Plover.THREATEN, e.type());
        assertEquals("133", e.cameo().code());
        assertEquals("NORGOV>CHLGOV", dyad(e));
    }

    @Test
    void will_attack_is_a_threat_of_force() {
        Event e = only(code(norwayChile("will", "MD", "aux", "attack", "VB", "attack")));
        assertEquals(Plover.THREATEN, e.type());
        assertEquals("1384", e.cameo().code());
    }

    @Test
    void will_not_meet_is_a_refusal_that_was_made() {
        Event e = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 3, "nsubj").word("will", "MD", 3, "aux").word("not", "RB", 3, "advmod")
                .word("meet", "VB", "meet", -1, "root").word("Chile", "NNP", 3, "obj")
                .entity("Norway", EntityType.LOCATION).entity("Chile", EntityType.LOCATION)));
        assertEquals(Plover.REJECT, e.type());
        assertEquals("125", e.cameo().code());
        assertFalse(e.negated());
        assertEquals(Modality.ASSERTED, e.modality());
        assertEquals("NORGOV>CHLGOV", dyad(e));
    }

    @Test
    void did_not_attack_stays_a_negated_attack() {
        Event e = only(code(norwayChile("not", "RB", "advmod", "attack", "VB", "attack")));
        assertEquals(Plover.ASSAULT, e.type());
        assertTrue(e.negated());
    }

    @Test
    void an_attempted_act_happened() {
        // "Norway tried to kill Chile's envoy": an attempt, not an intention (CAMEO 185).
        Event e = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("tried", "VBD", "try", -1, "root").word("to", "TO", 3, "mark")
                .word("attack", "VB", "attack", 1, "xcomp").word("Chile", "NNP", 3, "obj")
                .entity("Norway", EntityType.LOCATION).entity("Chile", EntityType.LOCATION)));
        assertEquals(Plover.ASSAULT, e.type());
        assertEquals(Modality.ASSERTED, e.modality());
    }

    @Test
    void what_another_must_do_is_demanded_even_when_the_act_has_a_frame() {
        // "Chile said Peru must withdraw": a demand, not a withdrawal.
        Event e = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("Chile", "NNP", 1, "nsubj").word("said", "VBD", "say", -1, "root")
                .word("Peru", "NNP", 4, "nsubj").word("must", "MD", "must", 4, "aux").word("withdraw", "VB", "withdraw", 1, "ccomp")
                .entity("Chile", EntityType.LOCATION).entity("Peru", EntityType.LOCATION)));
        assertEquals(Plover.REQUEST, e.type());
        assertEquals("CHLGOV>PERGOV", dyad(e));
    }

    @Test
    void what_another_must_be_ready_to_do_is_demanded_of_it() {
        // "Chile said Peru must be ready to withdraw": the modal is on "ready", Peru is its subject.
        Event e = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("Chile", "NNP", 1, "nsubj").word("said", "VBD", "say", -1, "root")
                .word("Peru", "NNP", 5, "nsubj").word("must", "MD", "must", 5, "aux").word("be", "VB", "be", 5, "cop")
                .word("ready", "JJ", "ready", 1, "ccomp").word("to", "TO", 7, "mark")
                .word("withdraw", "VB", "withdraw", 5, "xcomp")
                .entity("Chile", EntityType.LOCATION).entity("Peru", EntityType.LOCATION)));
        assertEquals(Plover.REQUEST, e.type());
        assertEquals("CHLGOV>PERGOV", dyad(e));
    }

    @Test
    void a_clause_describing_a_noun_does_not_take_the_tense_of_the_clause_above() {
        // "Norway will return weapons seized from Chile last year": the seizure happened (a clause
        // describing a noun is coded only when it dates itself, BackgroundActsTest).
        List<Event> events = code(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 2, "nsubj").word("will", "MD", 2, "aux").word("return", "VB", "return", -1, "root")
                .word("weapons", "NNS", "weapon", 2, "obj").word("seized", "VBN", "seize", 3, "acl")
                .word("from", "IN", 6, "case").word("Chile", "NNP", 4, "obl")
                .word("last", "JJ", 8, "amod").word("year", "NN", 4, "obl:tmod")
                .entity("Norway", EntityType.LOCATION).entity("Chile", EntityType.LOCATION)
                .time("last year", TimexType.DATE, "2020"));
        Event seizure = events.stream().filter(e -> e.cameo().code().equals("1711")).findFirst().orElseThrow(() -> new AssertionError(events.toString()));
        assertEquals(Modality.ASSERTED, seizure.modality());
    }

    @Test
    void a_constraint_is_met_by_a_compounded_noun_or_the_thing_measured() {
        // "Norway suspended aid deliveries to Chile", "Norway gave Chile tons of food".
        Event suspended = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("suspended", "VBD", "suspend", -1, "root")
                .word("aid", "NN", 3, "compound").word("deliveries", "NNS", "delivery", 1, "obj")
                .word("to", "IN", 5, "case").word("Chile", "NNP", 1, "obl")
                .entity("Norway", EntityType.LOCATION).entity("Chile", EntityType.LOCATION)));
        assertEquals(Plover.SANCTION, suspended.type());
        Event gave = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("gave", "VBD", "give", -1, "root").word("Chile", "NNP", 1, "iobj")
                .word("tons", "NNS", "ton", 1, "obj").word("of", "IN", 5, "case").word("food", "NN", 3, "nmod")
                .entity("Norway", EntityType.LOCATION).entity("Chile", EntityType.LOCATION)));
        assertEquals("073", gave.cameo().code());
        assertEquals("NORGOV>CHLGOV", dyad(gave));
    }

    @Test
    void a_group_no_lexicon_knows_takes_the_country_it_is_in_without_its_government() {
        // "Rebels in Chile attacked Norway".
        Event e = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("Rebels", "NNS", "rebel", 3, "nsubj").word("in", "IN", 2, "case").word("Chile", "NNP", 0, "nmod")
                .word("attacked", "VBD", "attack", -1, "root").word("Norway", "NNP", 3, "obj")
                .entity("Chile", EntityType.LOCATION).entity("Norway", EntityType.LOCATION)));
        assertEquals("CHL", e.source().actor().country());
        assertEquals("CHLREB", e.source().actor().code());
        assertEquals("NORGOV", e.target().orElseThrow().actor().code());
    }

    @Test
    void an_event_noun_that_a_coded_verb_takes_as_object_is_that_event_not_another() {
        // "Norway rejected Chile's request": a rejection, not also a request.
        Event e = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("rejected", "VBD", "reject", -1, "root")
                .word("Chile", "NNP", 4, "nmod:poss").word("'s", "POS", 2, "case").word("request", "NN", 1, "obj")
                .entity("Norway", EntityType.LOCATION).entity("Chile", EntityType.LOCATION)));
        assertEquals(Plover.REJECT, e.type());
        assertEquals("NORGOV>CHLGOV", dyad(e));
    }

    @Test
    void the_pronoun_subject_of_what_is_said_is_the_sayer() {
        // "Norway said it will attack Chile".
        Event e = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("said", "VBD", "say", -1, "root")
                .word("it", "PRP", 4, "nsubj").word("will", "MD", 4, "aux").word("attack", "VB", "attack", 1, "ccomp")
                .word("Chile", "NNP", 4, "obj")
                .entity("Norway", EntityType.LOCATION).entity("Chile", EntityType.LOCATION)));
        assertEquals(Plover.THREATEN, e.type());
        assertEquals("NORGOV>CHLGOV", dyad(e));
    }

    @Test
    void an_event_noun_carried_by_a_verb_is_done_by_the_verb_subject() {
        // "Chilean unions organized a general strike".
        Event e = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("Chilean", "JJ", 1, "amod").word("unions", "NNS", "union", 2, "nsubj")
                .word("organized", "VBD", "organize", -1, "root").word("a", "DT", 5, "det")
                .word("general", "JJ", 5, "amod").word("strike", "NN", 2, "obj")
                .entity("Chilean", EntityType.MISC)));
        assertEquals(Plover.PROTEST, e.type());
        assertEquals("CHL", e.source().actor().country());
    }

    /** "A Chilean judge ordered the former minister to testify about sales to Peru and Bolivia." */
    private static ParsedStory judgeOrders(String judge) {
        return ParsedStory.publishedOn("2021-03-15").word("A", "DT", 2, "det").word("Chilean", "JJ", 2, "amod")
                .word(judge, "NN", 3, "nsubj").word("ordered", "VBD", "order", -1, "root").word("the", "DT", 6, "det")
                .word("former", "JJ", 6, "amod").word("minister", "NN", 3, "obj").word("to", "TO", 8, "mark")
                .word("testify", "VB", "testify", 3, "xcomp").word("about", "IN", 10, "case")
                .word("sales", "NNS", "sale", 8, "obl").word("to", "IN", 12, "case").word("Peru", "NNP", 10, "nmod")
                .word("and", "CC", 14, "cc").word("Bolivia", "NNP", 12, "conj").word(".", ".", 3, "punct")
                .entity("Chilean", EntityType.MISC).entity("Peru", EntityType.LOCATION)
                .entity("Bolivia", EntityType.LOCATION);
    }

    @Test
    void a_court_acts_on_its_own_states_people_when_the_sentence_names_several_countries() {
        Event e = only(code(judgeOrders("judge")));
        assertEquals(Plover.REQUEST, e.type());
        assertEquals("CHLJUD>CHLELI", dyad(e));
    }

    @Test
    void a_government_facing_an_unplaced_party_leaves_it_without_a_country() {
        Event e = only(code(judgeOrders("envoy")));
        assertEquals("CHLGOV>-", dyad(e));
    }

    // ---- non-violent conflict (issue 4): accusations, investigations, protests, sanctions ----

    private static Event ofType(List<Event> events, Plover type) {
        return events.stream().filter(e -> e.type() == type).findFirst()
                .orElseThrow(() -> new AssertionError(type + " in " + events));
    }

    @Test
    void what_one_is_accused_of_picks_the_accusation_s_code() {
        // "Norway accused Chile of espionage.": 1125, not the generic 112 of "accused of" anything.
        Event e = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("accused", "VBD", "accuse", -1, "root")
                .word("Chile", "NNP", 1, "obj").word("of", "IN", 4, "case").word("espionage", "NN", 1, "obl")
                .word(".", ".", 1, "punct")
                .entity("Norway", EntityType.LOCATION).entity("Chile", EntityType.LOCATION)));
        assertEquals("1125", e.cameo().code());
        assertEquals(Plover.ACCUSE, e.type());
    }

    @Test
    void people_jailed_on_charges_are_accused_by_their_jailers() {
        // "Norway jailed ten Chilean sailors on charges of spying."
        List<Event> events = code(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("jailed", "VBD", "jail", -1, "root")
                .word("ten", "CD", 4, "nummod").word("Chilean", "JJ", 4, "amod").word("sailors", "NNS", "sailor", 1, "obj")
                .word("on", "IN", 6, "case").word("charges", "NNS", "charge", 1, "obl")
                .word("of", "IN", 8, "case").word("spying", "NN", "spying", 6, "nmod")
                .word(".", ".", 1, "punct")
                .entity("Norway", EntityType.LOCATION).entity("Chilean", EntityType.MISC));
        assertEquals(Plover.COERCE, ofType(events, Plover.COERCE).type());
        Event charge = ofType(events, Plover.ACCUSE);
        assertEquals("1125", charge.cameo().code());
        assertEquals("NOR", charge.source().actor().country());
        assertEquals("CHL", charge.target().orElseThrow().actor().country());
    }

    @Test
    void put_under_investigation_with_no_agent_is_done_by_the_place_s_authorities() {
        // "A Chilean banker was put under investigation in Norway."
        Event e = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("A", "DT", 2, "det").word("Chilean", "JJ", 2, "amod").word("banker", "NN", 4, "nsubj:pass")
                .word("was", "VBD", "be", 4, "aux:pass").word("put", "VBN", "put", -1, "root")
                .word("under", "IN", 6, "case").word("investigation", "NN", 4, "obl")
                .word("in", "IN", 8, "case").word("Norway", "NNP", 4, "obl")
                .word(".", ".", 4, "punct")
                .entity("Chilean", EntityType.MISC).entity("Norway", EntityType.LOCATION)));
        assertEquals(Plover.ACCUSE, e.type());
        assertEquals("090", e.cameo().code());
        assertEquals("NOR", e.source().actor().country());
        assertEquals("CHL", e.target().orElseThrow().actor().country());
    }

    @Test
    void a_team_sent_to_investigate_investigates_where_it_is_sent() {
        // "Norway sent a team to Chile to investigate."
        List<Event> events = code(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("sent", "VBD", "send", -1, "root")
                .word("a", "DT", 3, "det").word("team", "NN", 1, "obj")
                .word("to", "IN", 5, "case").word("Chile", "NNP", 1, "obl")
                .word("to", "TO", 7, "mark").word("investigate", "VB", "investigate", 1, "advcl")
                .word(".", ".", 1, "punct")
                .entity("Norway", EntityType.LOCATION).entity("Chile", EntityType.LOCATION));
        Event e = ofType(events, Plover.ACCUSE);
        assertEquals("090", e.cameo().code());
        assertEquals("NORGOV>CHLGOV", dyad(e));
    }

    @Test
    void called_on_misread_as_the_marker_of_the_infinitive_is_still_a_call_on_its_subject() {
        // "Norway called Friday on Chile to withdraw.": "on" parsed as the mark of "withdraw".
        List<Event> events = code(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("called", "VBD", "call", -1, "root")
                .word("Friday", "NNP", 1, "obl:tmod").word("on", "IN", 6, "mark").word("Chile", "NNP", 6, "nsubj")
                .word("to", "TO", 6, "mark").word("withdraw", "VB", "withdraw", 1, "advcl")
                .word(".", ".", 1, "punct")
                .entity("Norway", EntityType.LOCATION).entity("Chile", EntityType.LOCATION));
        assertEquals("NORGOV>CHLGOV", dyad(ofType(events, Plover.REQUEST)));
    }

    @Test
    void roads_blocked_are_an_obstruction_even_when_read_as_the_subject_of_the_next_participle() {
        // "Chilean farmers blocked roads demanding aid."
        List<Event> events = code(ParsedStory.publishedOn("2021-03-15")
                .word("Chilean", "JJ", 1, "amod").word("farmers", "NNS", "farmer", 2, "nsubj")
                .word("blocked", "VBD", "block", -1, "root").word("roads", "NNS", "road", 4, "nsubj")
                .word("demanding", "VBG", "demand", 2, "dep").word("aid", "NN", 4, "obj")
                .word(".", ".", 2, "punct")
                .entity("Chilean", EntityType.MISC));
        Event e = ofType(events, Plover.PROTEST);
        assertEquals("144", e.cameo().code());
        assertTrue(events.stream().noneMatch(x -> x.type() == Plover.REJECT), events.toString());
    }

    @Test
    void a_signature_drive_is_political_dissent() {
        // "Chilean students collected signatures."
        Event e = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("Chilean", "JJ", 1, "amod").word("students", "NNS", "student", 2, "nsubj")
                .word("collected", "VBD", "collect", -1, "root").word("signatures", "NNS", "signature", 2, "obj")
                .word(".", ".", 2, "punct")
                .entity("Chilean", EntityType.MISC)));
        assertEquals(Plover.PROTEST, e.type());
        assertEquals("140", e.cameo().code());
    }

    @Test
    void a_government_protesting_to_another_complains_officially() {
        // "Norway protested to Chile."
        Event e = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("protested", "VBD", "protest", -1, "root")
                .word("to", "IN", 3, "case").word("Chile", "NNP", 1, "obl")
                .word(".", ".", 1, "punct")
                .entity("Norway", EntityType.LOCATION).entity("Chile", EntityType.LOCATION)));
        assertEquals(Plover.ACCUSE, e.type());
        assertEquals("114", e.cameo().code());
        assertEquals("NORGOV>CHLGOV", dyad(e));
    }

    @Test
    void an_act_on_the_source_s_own_possession_is_told_without_a_target() {
        // "Norway plans to impose restrictions on its ports.": a threat, aimed at nobody named.
        List<Event> events = code(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("plans", "VBZ", "plan", -1, "root")
                .word("to", "TO", 3, "mark").word("impose", "VB", "impose", 1, "xcomp")
                .word("restrictions", "NNS", "restriction", 3, "obj")
                .word("on", "IN", 7, "case").word("Norway", "NNP", 7, "nmod:poss").word("ports", "NNS", "port", 3, "obl")
                .word(".", ".", 1, "punct")
                .entity("Norway", EntityType.LOCATION));
        Event e = ofType(events, Plover.THREATEN);
        assertEquals("NORGOV>-", dyad(e));
    }

    @Test
    void peacekeepers_withdrawn_with_no_agent_are_withdrawn_by_their_organisation() {
        // "UN peacekeepers were withdrawn from Chile."
        Event e = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("UN", "NNP", 1, "compound").word("peacekeepers", "NNS", "peacekeeper", 3, "nsubj:pass")
                .word("were", "VBD", "be", 3, "aux:pass").word("withdrawn", "VBN", "withdraw", -1, "root")
                .word("from", "IN", 5, "case").word("Chile", "NNP", 3, "obl")
                .word(".", ".", 3, "punct")
                .entity("UN", EntityType.ORGANIZATION).entity("Chile", EntityType.LOCATION)));
        assertEquals(Plover.SANCTION, e.type());
        assertEquals("1661", e.cameo().code());
        assertEquals("UNO", e.source().actor().organisation());
        assertEquals("CHL", e.target().orElseThrow().actor().country());
    }

    @Test
    void an_agency_forced_out_of_a_country_is_expelled() {
        // "Chile forced the UN agency out of the country."
        Event e = only(code(ParsedStory.publishedOn("2021-03-15")
                .word("Chile", "NNP", 1, "nsubj").word("forced", "VBD", "force", -1, "root")
                .word("the", "DT", 4, "det").word("UN", "NNP", 4, "compound").word("agency", "NN", 1, "obj")
                .word("out", "IN", 8, "case").word("of", "IN", 8, "case").word("the", "DT", 8, "det")
                .word("country", "NN", 1, "obl").word(".", ".", 1, "punct")
                .entity("Chile", EntityType.LOCATION).entity("UN", EntityType.ORGANIZATION)));
        assertEquals(Plover.SANCTION, e.type());
        assertEquals("1663", e.cameo().code());
    }

    @Test
    void weapons_made_to_use_against_a_party_threaten_it() {
        // "Norway is making bombs to use against Chile."
        List<Event> events = code(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 2, "nsubj").word("is", "VBZ", "be", 2, "aux").word("making", "VBG", "make", -1, "root")
                .word("bombs", "NNS", "bomb", 2, "obj").word("to", "TO", 5, "mark").word("use", "VB", "use", 2, "xcomp")
                .word("against", "IN", 7, "case").word("Chile", "NNP", 5, "obl")
                .word(".", ".", 2, "punct")
                .entity("Norway", EntityType.LOCATION).entity("Chile", EntityType.LOCATION));
        Event e = ofType(events, Plover.THREATEN);
        assertEquals("138", e.cameo().code());
        assertEquals("NORGOV>CHLGOV", dyad(e));
    }

    @Test
    void hackers_trained_are_a_force_raised_against_whom_they_can_attack() {
        // "Norway trained hackers capable of attacks against Chile."
        List<Event> events = code(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("trained", "VBD", "train", -1, "root")
                .word("hackers", "NNS", "hacker", 1, "obj").word("capable", "JJ", 2, "amod")
                .word("of", "IN", 5, "case").word("attacks", "NNS", "attack", 3, "obl")
                .word("against", "IN", 7, "case").word("Chile", "NNP", 5, "nmod")
                .word(".", ".", 1, "punct")
                .entity("Norway", EntityType.LOCATION).entity("Chile", EntityType.LOCATION));
        Event e = ofType(events, Plover.MOBILIZE);
        assertEquals("150", e.cameo().code());
        assertEquals("NORGOV>CHLGOV", dyad(e));
    }

    /** "<subject> threw stones during demonstrations." */
    private static ParsedStory stonesDuringDemonstrations(String subject, String lemma) {
        return ParsedStory.publishedOn("2021-03-15")
                .word("Chilean", "JJ", 1, "amod").word(subject, "NNS", lemma, 2, "nsubj")
                .word("threw", "VBD", "throw", -1, "root").word("stones", "NNS", "stone", 2, "obj")
                .word("during", "IN", 5, "case").word("demonstrations", "NNS", "demonstration", 2, "obl")
                .word(".", ".", 2, "punct")
                .entity("Chilean", EntityType.MISC);
    }

    @Test
    void those_acting_during_a_protest_take_part_in_it() {
        Event e = ofType(code(stonesDuringDemonstrations("youths", "youth")), Plover.PROTEST);
        assertEquals("CHL", e.source().actor().country());
    }

    @Test
    void police_acting_during_a_protest_do_not_protest() {
        List<Event> events = code(stonesDuringDemonstrations("police", "police"));
        assertTrue(events.stream().noneMatch(e -> e.type() == Plover.PROTEST), events.toString());
    }

    @Test
    void an_army_preparing_to_attack_is_made_ready_while_one_prepared_to_attack_states_it() {
        // "The Chilean army prepared to attack Peru." / "Chile is prepared to attack Peru."
        List<Event> preparing = code(ParsedStory.publishedOn("2021-03-15")
                .word("The", "DT", 2, "det").word("Chilean", "JJ", 2, "amod").word("army", "NN", 3, "nsubj")
                .word("prepared", "VBD", "prepare", -1, "root").word("to", "TO", 5, "mark")
                .word("attack", "VB", "attack", 3, "xcomp").word("Peru", "NNP", 5, "obj")
                .word(".", ".", 3, "punct")
                .entity("Chilean", EntityType.MISC).entity("Peru", EntityType.LOCATION));
        Event e = ofType(preparing, Plover.MOBILIZE);
        assertEquals("152", e.cameo().code());
        assertEquals("PER", e.target().orElseThrow().actor().country());
        List<Event> prepared = code(ParsedStory.publishedOn("2021-03-15")
                .word("Chile", "NNP", 2, "nsubj").word("is", "VBZ", "be", 2, "cop")
                .word("prepared", "JJ", "prepared", -1, "root").word("to", "TO", 4, "mark")
                .word("attack", "VB", "attack", 2, "xcomp").word("Peru", "NNP", 4, "obj")
                .word(".", ".", 2, "punct")
                .entity("Chile", EntityType.LOCATION).entity("Peru", EntityType.LOCATION));
        assertTrue(prepared.stream().noneMatch(x -> x.type() == Plover.MOBILIZE), prepared.toString());
    }

    /** "Chilean rebels demanded a truce with Chilean troops ." */
    private static ParsedStory rebelsDemand(String noun, String lemma, String preposition) {
        return ParsedStory.publishedOn("2021-03-15").word("Chilean", "JJ", 1, "amod")
                .word("rebels", "NNS", "rebel", 2, "nsubj").word("demanded", "VBD", "demand", -1, "root")
                .word("a", "DT", 4, "det").word(noun, "NN", lemma, 2, "obj").word(preposition, "IN", 7, "case")
                .word("Chilean", "JJ", 7, "amod").word("troops", "NNS", "troop", 4, "nmod").word(".", ".", 2, "punct")
                .entity("Chilean", EntityType.MISC);
    }

    @Test
    void own_countrys_forces_met_with_are_the_other_side_not_an_instrument() {
        // (without "with", NestedTargets takes a same-country force for the source's own means)
        assertEquals("CHLREB>CHLMIL", dyad(only(code(rebelsDemand("truce", "truce", "with")))));
    }
}
