package attache.actors;

import attache.model.ActorMention;
import attache.model.AnalyzedArticle;
import attache.model.EntityType;
import attache.testing.ParsedStory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActorResolverTest {

    private static final ActorLexicons LEXICONS = ActorLexicons.bundled();
    private final ActorResolver resolver = new ActorResolver(new PhraseResolver(LEXICONS), LEXICONS.institutions());

    private static List<ActorMention> resolve(ParsedStory story) {
        return new ActorResolverTest().resolver.apply(story.analysed()).actors();
    }

    private static ActorMention at(List<ActorMention> actors, String text, int occurrence) {
        return actors.stream().filter(a -> a.text().equals(text)).skip(occurrence).findFirst()
                .orElseThrow(() -> new AssertionError("no actor for '" + text + "' in " + actors));
    }

    @Test
    void apposition_teaches_a_person_their_country_for_the_whole_article() {
        // "Iran 's top negotiator , Ali Karimi , met envoys ." then "Karimi left ."
        List<ActorMention> actors = resolve(ParsedStory.publishedOn("2021-05-04")
                .word("Iran", "NNP", 3, "nmod:poss").word("'s", "POS", 0, "case").word("top", "JJ", 3, "amod")
                .word("negotiator", "NN", 8, "nsubj").word(",", ",", 3, "punct").word("Ali", "NNP", 6, "compound")
                .word("Karimi", "NNP", 3, "appos").word(",", ",", 3, "punct").word("met", "VBD", "meet", -1, "root")
                .word("envoys", "NNS", "envoy", 8, "obj").word(".", ".", 8, "punct")
                .entity("Iran", EntityType.LOCATION).entity("Ali Karimi", EntityType.PERSON)
                .sentence().word("Karimi", "NNP", 1, "nsubj").word("left", "VBD", "leave", -1, "root")
                .entity("Karimi", EntityType.PERSON, "Ali Karimi"));
        assertEquals("IRNGOV", at(actors, "Ali Karimi", 0).actor().code());
        ActorMention later = at(actors, "Karimi", 0);
        assertEquals("IRNGOV", later.actor().code());
        assertTrue(later.antecedent().isPresent());
    }

    @Test
    void title_before_a_name_gives_country_and_sector() {
        List<ActorMention> actors = resolve(ParsedStory.publishedOn("2021-05-04")
                .word("Chilean", "JJ", 3, "amod").word("Interior", "NNP", 3, "compound")
                .word("Minister", "NNP", 3, "compound").word("Rojas", "NNP", 4, "nsubj")
                .word("spoke", "VBD", "speak", -1, "root")
                .entity("Chilean", EntityType.MISC).entity("Rojas", EntityType.PERSON));
        assertEquals("CHLGOV", at(actors, "Rojas", 0).actor().code());
    }

    @Test
    void a_title_and_a_family_name_identify_a_known_person_on_a_date_they_held_no_office() {
        // "President Obama spoke." in a story dated 2000, years before he held the office.
        List<ActorMention> actors = resolve(ParsedStory.publishedOn("2000-01-01")
                .word("President", "NNP", 1, "compound").word("Obama", "NNP", 2, "nsubj")
                .word("spoke", "VBD", "speak", -1, "root").entity("Obama", EntityType.PERSON));
        assertEquals("USAGOV", at(actors, "Obama", 0).actor().code());
    }

    @Test
    void a_title_the_person_never_held_does_not_identify_them() {
        // "General Obama spoke.": no such office in the lexicon, so not the president.
        List<ActorMention> actors = resolve(ParsedStory.publishedOn("2000-01-01")
                .word("General", "NNP", 1, "compound").word("Obama", "NNP", 2, "nsubj")
                .word("spoke", "VBD", "speak", -1, "root").entity("Obama", EntityType.PERSON));
        assertTrue(actors.stream().noneMatch(a -> "USA".equals(a.actor().country())), actors.toString());
    }

    @Test
    void a_role_word_that_is_only_an_adjective_gives_no_sector() {
        // "Chile cut official contact." / "Chile cut military aid.": a contact and aid, not officials or soldiers.
        List<ActorMention> actors = resolve(ParsedStory.publishedOn("2021-05-04")
                .word("Chile", "NNP", 1, "nsubj").word("cut", "VBD", "cut", -1, "root")
                .word("official", "JJ", 3, "amod").word("contact", "NN", 1, "obj")
                .entity("Chile", EntityType.LOCATION)
                .sentence().word("Chile", "NNP", 1, "nsubj").word("cut", "VBD", "cut", -1, "root")
                .word("military", "JJ", 3, "amod").word("aid", "NN", 1, "obj")
                .entity("Chile", EntityType.LOCATION));
        assertTrue(actors.stream().noneMatch(a -> a.text().contains("contact") || a.text().contains("aid")), actors.toString());
    }

    @Test
    void a_role_noun_keeps_its_sector() {
        // "Chilean army bulldozers arrived.": the army's.
        List<ActorMention> actors = resolve(ParsedStory.publishedOn("2021-05-04")
                .word("Chilean", "JJ", 2, "amod").word("army", "NN", 2, "compound").word("bulldozers", "NNS", "bulldozer", 3, "nsubj")
                .word("arrived", "VBD", "arrive", -1, "root").entity("Chilean", EntityType.MISC));
        assertTrue(actors.stream().anyMatch(a -> a.actor().code().equals("CHLMIL")), actors.toString());
    }

    @Test
    void a_country_name_the_entity_tagger_missed_is_still_a_country() {
        // "Czechia protested." with no entity for Czechia; "Jordan Peterson protested." is a person's name.
        List<ActorMention> actors = resolve(ParsedStory.publishedOn("2021-05-04")
                .word("Czechia", "NNP", 1, "nsubj").word("protested", "VBD", "protest", -1, "root")
                .sentence().word("Jordan", "NNP", 1, "compound").word("Peterson", "NNP", 2, "nsubj")
                .word("protested", "VBD", "protest", -1, "root"));
        assertEquals("CZE", at(actors, "Czechia", 0).actor().country());
        assertTrue(actors.stream().noneMatch(a -> a.text().contains("Jordan")), actors.toString());
    }

    @Test
    void capital_stands_for_government_but_not_as_a_place() {
        List<ActorMention> actors = resolve(ParsedStory.publishedOn("2021-05-04")
                .word("Oslo", "NNP", 1, "nsubj").word("protested", "VBD", "protest", -1, "root")
                .entity("Oslo", EntityType.LOCATION)
                .sentence().word("Envoys", "NNS", "envoy", 1, "nsubj").word("met", "VBD", "meet", -1, "root")
                .word("in", "IN", 3, "case").word("Oslo", "NNP", 1, "obl").entity("Oslo", EntityType.LOCATION));
        assertEquals("NORGOV", at(actors, "Oslo", 0).actor().code());
        assertEquals("NOR", at(actors, "Oslo", 1).actor().code());
    }

    @Test
    void pronoun_refers_to_the_last_person_who_was_a_subject() {
        List<ActorMention> actors = resolve(ParsedStory.publishedOn("2019-10-07")
                .word("Stephen", "NNP", 1, "compound").word("Biegun", "NNP", 2, "nsubj")
                .word("met", "VBD", "meet", -1, "root").word("Donald", "NNP", 4, "compound").word("Trump", "NNP", 2, "obj")
                .entity("Stephen Biegun", EntityType.PERSON).entity("Donald Trump", EntityType.PERSON)
                .sentence().word("He", "PRP", 1, "nsubj").word("left", "VBD", "leave", -1, "root"));
        ActorMention he = at(actors, "He", 0);
        assertEquals("Stephen Biegun", he.actor().name());
        assertEquals("USAGOV", he.actor().code());
    }

    @Test
    void definite_role_refers_back_to_the_person_with_that_sector() {
        List<ActorMention> actors = resolve(ParsedStory.publishedOn("2019-10-07")
                .word("Lee", "NNP", 1, "compound").word("Do-hoon", "NNP", 2, "nsubj")
                .word("arrived", "VBD", "arrive", -1, "root").entity("Lee Do-hoon", EntityType.PERSON)
                .sentence().word("The", "DT", 1, "det").word("envoy", "NN", 2, "nsubj").word("smiled", "VBD", "smile", -1, "root"));
        ActorMention envoy = at(actors, "The envoy", 0);
        assertEquals("KORGOV", envoy.actor().code());
        assertTrue(envoy.antecedent().isPresent());
    }

    @Test
    void institution_refers_back_to_the_last_country() {
        List<ActorMention> actors = resolve(ParsedStory.publishedOn("2021-05-04")
                .word("Protests", "NNS", "protest", 2, "nsubj").word("hit", "VBD", "hit", -1, "root")
                .word("Peru", "NNP", 1, "obj").entity("Peru", EntityType.LOCATION)
                .sentence().word("The", "DT", 1, "det").word("government", "NN", 2, "nsubj")
                .word("resigned", "VBD", "resign", -1, "root"));
        assertEquals("PERGOV", at(actors, "The government", 0).actor().code());
    }

    @Test
    void the_north_means_the_korea_the_article_names() {
        List<ActorMention> actors = resolve(ParsedStory.publishedOn("2021-05-04")
                .word("Seoul", "NNP", 1, "nsubj").word("warned", "VBD", "warn", -1, "root")
                .word("the", "DT", 3, "det").word("North", "NNP", 1, "obj")
                .entity("Seoul", EntityType.LOCATION).entity("North", EntityType.LOCATION));
        assertEquals("PRK", at(actors, "North", 0).actor().country());
        assertEquals("KORGOV", at(actors, "Seoul", 0).actor().code());
    }

    @Test
    void known_person_takes_the_office_held_on_the_article_date() {
        ParsedStory story = ParsedStory.publishedOn("2010-06-01")
                .word("Vladimir", "NNP", 1, "compound").word("Putin", "NNP", 2, "nsubj").word("spoke", "VBD", "speak", -1, "root")
                .entity("Vladimir Putin", EntityType.PERSON);
        ActorMention putin = at(resolve(story), "Vladimir Putin", 0);
        assertEquals("RUSGOV", putin.actor().code());
        assertTrue(putin.actor().source().startsWith("people:"));
    }

    @Test
    void role_takes_the_country_of_its_from_phrase() {
        List<ActorMention> actors = resolve(ParsedStory.publishedOn("2021-05-04")
                .word("Envoys", "NNS", "envoy", 3, "nsubj").word("from", "IN", 2, "case").word("Peru", "NNP", 0, "nmod")
                .word("arrived", "VBD", "arrive", -1, "root").entity("Peru", EntityType.LOCATION));
        assertEquals("PERGOV", at(actors, "Envoys", 0).actor().code());
    }

    @Test
    void capital_modifying_a_place_is_a_place() {
        List<ActorMention> actors = resolve(ParsedStory.publishedOn("2021-05-04")
                .word("He", "PRP", 1, "nsubj").word("spoke", "VBD", "speak", -1, "root").word("at", "IN", 4, "case")
                .word("Lima", "NNP", 4, "compound").word("airport", "NN", 1, "obl").entity("Lima", EntityType.LOCATION));
        assertEquals("PER", at(actors, "Lima", 0).actor().code());
    }

    @Test
    void a_lone_family_name_is_the_one_office_holder_of_that_name() {
        List<ActorMention> actors = resolve(ParsedStory.publishedOn("2010-06-01")
                .word("Putin", "NNP", 1, "nsubj").word("spoke", "VBD", "speak", -1, "root")
                .entity("Putin", EntityType.PERSON)
                .sentence().word("Kim", "NNP", 1, "nsubj").word("spoke", "VBD", "speak", -1, "root")
                .entity("Kim", EntityType.PERSON));
        assertEquals("RUSGOV", at(actors, "Putin", 0).actor().code());
        assertFalse(actors.stream().anyMatch(a -> a.text().equals("Kim")), "several Kims hold office");
    }

    @Test
    void unknown_names_resolve_to_nothing() {
        List<ActorMention> actors = resolve(ParsedStory.publishedOn("2021-05-04")
                .word("Zorblat", "NNP", 1, "nsubj").word("spoke", "VBD", "speak", -1, "root")
                .entity("Zorblat", EntityType.PERSON));
        assertFalse(actors.stream().anyMatch(a -> a.text().equals("Zorblat")));
    }

    @Test
    void a_country_adjective_the_tagger_missed_is_still_the_country() {
        // "Sierra Leonean and Ghanaian refugees left Lagos ." with no entity tags at all
        List<ActorMention> actors = resolve(ParsedStory.publishedOn("2021-05-04")
                .word("Sierra", "NNP", 1, "compound").word("Leonean", "JJ", 4, "amod").word("and", "CC", 3, "cc")
                .word("Ghanaian", "JJ", 1, "conj").word("refugees", "NNS", "refugee", 5, "nsubj")
                .word("left", "VBD", "leave", -1, "root").word("Lagos", "NNP", 5, "obj").word(".", ".", 5, "punct"));
        assertEquals("SLE", at(actors, "Sierra Leonean", 0).actor().code());
        assertEquals("GHA", at(actors, "Ghanaian", 0).actor().code());
        // a city the tagger missed is not taken for its country here
        assertTrue(actors.stream().noneMatch(a -> a.text().equals("Lagos")), actors.toString());
    }
}
