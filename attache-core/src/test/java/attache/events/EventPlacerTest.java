package attache.events;

import attache.actors.ActorLexicons;
import attache.actors.ActorResolver;
import attache.actors.PhraseResolver;
import attache.model.EntityType;
import attache.model.Event;
import attache.model.Place;
import attache.testing.ParsedStory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where an event took place, on hand-parsed sentences (through the event coder, which asks the placer). */
class EventPlacerTest {

    private static final ActorLexicons ACTORS = ActorLexicons.bundled();
    private static final EventCoder CODER = new EventCoder(EventLexicons.bundled());
    private static final ActorResolver RESOLVER = new ActorResolver(new PhraseResolver(ACTORS), ACTORS.institutions());

    private static Place placeOf(ParsedStory story) {
        List<Event> events = CODER.apply(RESOLVER.apply(story.analysed())).events();
        assertEquals(1, events.size(), events.toString());
        return events.get(0).location().orElseThrow();
    }

    @Test
    void a_place_unknown_to_the_lexicons_takes_the_country_it_is_said_to_be_in() {
        // "Norway shelled rebels in Ashfield district in Chile."
        Place p = placeOf(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("shelled", "VBD", "shell", -1, "root")
                .word("rebels", "NNS", "rebel", 1, "obj").word("in", "IN", 5, "case")
                .word("Ashfield", "NNP", 5, "compound").word("district", "NN", 1, "obl")
                .word("in", "IN", 7, "case").word("Chile", "NNP", 5, "nmod").word(".", ".", 1, "punct")
                .entity("Norway", EntityType.LOCATION).entity("Ashfield", EntityType.LOCATION)
                .entity("Chile", EntityType.LOCATION));
        assertEquals("Ashfield", p.name());
        assertEquals("CHL", p.country());
    }

    @Test
    void a_second_in_phrase_the_parser_hangs_on_the_noun_above_still_gives_the_country() {
        // "Norway shelled a base in Ashfield district in Chile.", "in Chile" attached to "base"
        Place p = placeOf(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("shelled", "VBD", "shell", -1, "root")
                .word("a", "DT", 3, "det").word("base", "NN", 1, "obj").word("in", "IN", 6, "case")
                .word("Ashfield", "NNP", 6, "compound").word("district", "NN", 3, "nmod")
                .word("in", "IN", 8, "case").word("Chile", "NNP", 3, "nmod").word(".", ".", 1, "punct")
                .entity("Norway", EntityType.LOCATION).entity("Ashfield", EntityType.LOCATION)
                .entity("Chile", EntityType.LOCATION));
        assertEquals("Ashfield", p.name());
        assertEquals("CHL", p.country());
    }

    @Test
    void a_place_after_an_apposition_takes_its_country() {
        // "Norway shelled rebels in Ashfield, Chile."
        Place p = placeOf(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("shelled", "VBD", "shell", -1, "root")
                .word("rebels", "NNS", "rebel", 1, "obj").word("in", "IN", 4, "case")
                .word("Ashfield", "NNP", 1, "obl").word(",", ",", 6, "punct").word("Chile", "NNP", 4, "appos")
                .word(".", ".", 1, "punct")
                .entity("Norway", EntityType.LOCATION).entity("Ashfield", EntityType.LOCATION)
                .entity("Chile", EntityType.LOCATION));
        assertEquals("Ashfield", p.name());
        assertEquals("CHL", p.country());
    }

    @Test
    void the_village_of_a_name_is_that_name() {
        // "Norway shelled rebels in the village of Ashfield."
        Place p = placeOf(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("shelled", "VBD", "shell", -1, "root")
                .word("rebels", "NNS", "rebel", 1, "obj").word("in", "IN", 5, "case").word("the", "DT", 5, "det")
                .word("village", "NN", 1, "obl").word("of", "IN", 7, "case").word("Ashfield", "NNP", 5, "nmod")
                .word(".", ".", 1, "punct")
                .entity("Norway", EntityType.LOCATION).entity("Ashfield", EntityType.LOCATION));
        assertEquals("Ashfield", p.name());
        assertNull(p.country());
    }

    @Test
    void protests_across_a_country_are_placed_in_it() {
        // "Chilean students protested across Peru."
        Place p = placeOf(ParsedStory.publishedOn("2021-03-15")
                .word("Chilean", "JJ", 1, "amod").word("students", "NNS", "student", 2, "nsubj")
                .word("protested", "VBD", "protest", -1, "root").word("across", "IN", 4, "case")
                .word("Peru", "NNP", 2, "obl").word(".", ".", 2, "punct")
                .entity("Chilean", EntityType.MISC).entity("Peru", EntityType.LOCATION));
        assertEquals("PER", p.country());
    }

    private static Event triggeredBy(ParsedStory story, String trigger) {
        return CODER.apply(RESOLVER.apply(story.analysed())).events().stream()
                .filter(e -> e.trigger().of(story.analysed().text()).equals(trigger)).findFirst()
                .orElseThrow(() -> new AssertionError("no event on " + trigger));
    }

    @Test
    void a_when_clause_tells_the_same_moment_and_so_the_place() {
        // "Norway killed ten people when it gathered forces in Lima."
        ParsedStory story = ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("killed", "VBD", "kill", -1, "root")
                .word("ten", "CD", 3, "nummod").word("people", "NNS", "person", 1, "obj")
                .word("when", "WRB", 6, "advmod").word("it", "PRP", 6, "nsubj")
                .word("gathered", "VBD", "gather", 1, "advcl").word("forces", "NNS", "force", 6, "obj")
                .word("in", "IN", 9, "case").word("Lima", "NNP", 6, "obl").word(".", ".", 1, "punct")
                .entity("Norway", EntityType.LOCATION).entity("Lima", EntityType.LOCATION);
        Event killed = triggeredBy(story, "killed");
        assertEquals("PER", killed.location().orElseThrow().country());
        // and the place's people are whom the killing bears on (addressed.tsv)
        assertEquals("PER", killed.target().orElseThrow().actor().country());
    }

    @Test
    void an_after_clause_does_not_place_the_act() {
        // "Norway killed ten people after it gathered forces in Lima."
        ParsedStory story = ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("killed", "VBD", "kill", -1, "root")
                .word("ten", "CD", 3, "nummod").word("people", "NNS", "person", 1, "obj")
                .word("after", "IN", 6, "mark").word("it", "PRP", 6, "nsubj")
                .word("gathered", "VBD", "gather", 1, "advcl").word("forces", "NNS", "force", 6, "obj")
                .word("in", "IN", 9, "case").word("Lima", "NNP", 6, "obl").word(".", ".", 1, "punct")
                .entity("Norway", EntityType.LOCATION).entity("Lima", EntityType.LOCATION);
        assertTrue(triggeredBy(story, "killed").location().isEmpty());
    }

    @Test
    void into_places_the_act_where_it_lands() {
        // "Norway fired shells into Chile."
        Place p = placeOf(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("fired", "VBD", "fire", -1, "root")
                .word("shells", "NNS", "shell", 1, "obj").word("into", "IN", 4, "case")
                .word("Chile", "NNP", 1, "obl").word(".", ".", 1, "punct")
                .entity("Norway", EntityType.LOCATION).entity("Chile", EntityType.LOCATION));
        assertEquals("CHL", p.country());
    }
}
