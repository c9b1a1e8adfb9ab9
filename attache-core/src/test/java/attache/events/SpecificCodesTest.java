package attache.events;

import attache.actors.ActorLexicons;
import attache.actors.ActorResolver;
import attache.actors.PhraseResolver;
import attache.lexicon.CameoTable;
import attache.lexicon.PloverOntology;
import attache.lexicon.SpecificCodeLexicon;
import attache.model.EntityType;
import attache.model.Event;
import attache.model.Plover;
import attache.testing.ParsedStory;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The code within a root that the weapon, manner or outcome selects ({@code specifics.tsv}), on hand-parsed sentences. */
class SpecificCodesTest {

    private static final ActorLexicons ACTORS = ActorLexicons.bundled();
    private static final EventCoder CODER = new EventCoder(EventLexicons.bundled());
    private static final ActorResolver RESOLVER = new ActorResolver(new PhraseResolver(ACTORS), ACTORS.institutions());

    private static Event only(ParsedStory story) {
        List<Event> events = CODER.apply(RESOLVER.apply(story.analysed())).events();
        assertEquals(1, events.size(), events.toString());
        return events.get(0);
    }

    /** "Norway attacked Chile with WEAPONs ." */
    private static Event attackedWith(String weapon, String lemma) {
        return only(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("attacked", "VBD", "attack", -1, "root")
                .word("Chile", "NNP", 1, "obj").word("with", "IN", 4, "case").word(weapon, "NNS", lemma, 1, "obl")
                .word(".", ".", 1, "punct")
                .entity("Norway", EntityType.LOCATION).entity("Chile", EntityType.LOCATION));
    }

    @Test
    void a_bare_attack_keeps_the_general_code() {
        Event e = only(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("attacked", "VBD", "attack", -1, "root")
                .word("Chile", "NNP", 1, "obj").word(".", ".", 1, "punct")
                .entity("Norway", EntityType.LOCATION).entity("Chile", EntityType.LOCATION));
        assertEquals("190", e.cameo().code());
    }

    @Test
    void the_weapon_an_attack_is_made_with_selects_small_arms_artillery_or_aircraft() {
        assertEquals("193", attackedWith("rifles", "rifle").cameo().code());
        assertEquals("193", attackedWith("grenades", "grenade").cameo().code());
        assertEquals("194", attackedWith("mortars", "mortar").cameo().code());
        assertEquals("194", attackedWith("rockets", "rocket").cameo().code());
        Event air = attackedWith("helicopters", "helicopter");
        assertEquals("195", air.cameo().code());
        assertEquals(Plover.ASSAULT, air.type());
        assertEquals("aerial", air.mode().orElseThrow());
        Event drone = attackedWith("drones", "drone");
        assertEquals("195", drone.cameo().code());
        assertEquals("drone", drone.mode().orElseThrow());
        assertEquals(-10.0, drone.cameo().goldstein());
    }

    @Test
    void shelling_from_the_air_is_an_aerial_attack() {
        // "Norway bombarded Chile from the air."
        Event e = only(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("bombarded", "VBD", "bombard", -1, "root")
                .word("Chile", "NNP", 1, "obj").word("from", "IN", 5, "case").word("the", "DT", 5, "det")
                .word("air", "NN", 1, "obl").word(".", ".", 1, "punct")
                .entity("Norway", EntityType.LOCATION).entity("Chile", EntityType.LOCATION));
        assertEquals("195", e.cameo().code());
        // and without it, shelling stays artillery
        Event shelled = only(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("bombarded", "VBD", "bombard", -1, "root")
                .word("Chile", "NNP", 1, "obj").word(".", ".", 1, "punct")
                .entity("Norway", EntityType.LOCATION).entity("Chile", EntityType.LOCATION));
        assertEquals("194", shelled.cameo().code());
    }

    @Test
    void an_attack_with_a_car_bomb_is_a_car_bombing_and_still_an_assault() {
        // "Norway attacked Chile with a car bomb."
        Event e = only(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("attacked", "VBD", "attack", -1, "root")
                .word("Chile", "NNP", 1, "obj").word("with", "IN", 6, "case").word("a", "DT", 6, "det")
                .word("car", "NN", 6, "compound").word("bomb", "NN", 1, "obl").word(".", ".", 1, "punct")
                .entity("Norway", EntityType.LOCATION).entity("Chile", EntityType.LOCATION));
        assertEquals("1832", e.cameo().code());
        assertEquals(Plover.ASSAULT, e.type());
    }

    @Test
    void the_weapon_named_on_a_launched_attack_selects_the_code() {
        // "Norway launched artillery attacks on Chile."
        Event e = only(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("launched", "VBD", "launch", -1, "root")
                .word("artillery", "NN", 3, "compound").word("attacks", "NNS", "attack", 1, "obj")
                .word("on", "IN", 5, "case").word("Chile", "NNP", 1, "obl").word(".", ".", 1, "punct")
                .entity("Norway", EntityType.LOCATION).entity("Chile", EntityType.LOCATION));
        assertEquals("194", e.cameo().code());
    }

    /** "Norway used GAS gas against Chile." */
    private static Event usedGas(String kind) {
        return only(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("used", "VBD", "use", -1, "root")
                .word(kind, "NN", 3, "compound").word("gas", "NN", 1, "obj")
                .word("against", "IN", 5, "case").word("Chile", "NNP", 1, "obl").word(".", ".", 1, "punct")
                .entity("Norway", EntityType.LOCATION).entity("Chile", EntityType.LOCATION));
    }

    @Test
    void tear_gas_is_crowd_control_not_a_chemical_weapon() {
        Event tear = usedGas("tear");
        assertEquals("175", tear.cameo().code());
        assertEquals(Plover.ASSAULT, tear.type());
        assertEquals("crowd-control", tear.mode().orElseThrow());
        assertEquals("2041", usedGas("chlorine").cameo().code());
    }

    @Test
    void an_attack_by_a_suicide_bomber_is_a_suicide_bombing() {
        // "A Chilean suicide bomber attacked Norway."
        Event e = only(ParsedStory.publishedOn("2021-03-15")
                .word("A", "DT", 3, "det").word("Chilean", "JJ", 3, "amod").word("suicide", "NN", 3, "compound")
                .word("bomber", "NN", 4, "nsubj").word("attacked", "VBD", "attack", -1, "root")
                .word("Norway", "NNP", 4, "obj").word(".", ".", 4, "punct")
                .entity("Chilean", EntityType.MISC).entity("Norway", EntityType.LOCATION));
        assertEquals("1831", e.cameo().code());
    }

    @Test
    void an_attack_with_poison_gas_is_a_chemical_attack_and_one_with_tear_gas_is_repression() {
        // "Norway attacked Chile with chlorine." / "... with tear gas."
        assertEquals("2041", attackedWith("chlorine", "chlorine").cameo().code());
        Event tear = only(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("attacked", "VBD", "attack", -1, "root")
                .word("Chile", "NNP", 1, "obj").word("with", "IN", 5, "case").word("tear", "NN", 5, "compound")
                .word("gas", "NN", 1, "obl").word(".", ".", 1, "punct")
                .entity("Norway", EntityType.LOCATION).entity("Chile", EntityType.LOCATION));
        assertEquals("175", tear.cameo().code());
    }

    @Test
    void tear_gas_given_as_an_adjective_of_a_compound_is_still_crowd_control() {
        // "Norway used tear gas canisters against Chile.": tear/JJ amod of gas, gas compound of canisters
        Event e = only(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("used", "VBD", "use", -1, "root")
                .word("tear", "JJ", 3, "amod").word("gas", "NN", 4, "compound")
                .word("canisters", "NNS", "canister", 1, "obj")
                .word("against", "IN", 6, "case").word("Chile", "NNP", 1, "obl").word(".", ".", 1, "punct")
                .entity("Norway", EntityType.LOCATION).entity("Chile", EntityType.LOCATION));
        assertEquals("175", e.cameo().code());
    }

    @Test
    void dispersing_protesters_is_coercion_and_with_tear_gas_violent_repression() {
        // "Norway dispersed Chilean protesters." / "... with tear gas."
        ParsedStory plain = ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("dispersed", "VBD", "disperse", -1, "root")
                .word("Chilean", "JJ", 3, "amod").word("protesters", "NNS", "protester", 1, "obj")
                .word(".", ".", 1, "punct")
                .entity("Norway", EntityType.LOCATION).entity("Chilean", EntityType.MISC);
        assertEquals("170", only(plain).cameo().code());
        Event forced = only(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("dispersed", "VBD", "disperse", -1, "root")
                .word("Chilean", "JJ", 3, "amod").word("protesters", "NNS", "protester", 1, "obj")
                .word("with", "IN", 6, "case").word("tear", "NN", 6, "compound").word("gas", "NN", 1, "obl")
                .word(".", ".", 1, "punct")
                .entity("Norway", EntityType.LOCATION).entity("Chilean", EntityType.MISC));
        assertEquals("175", forced.cameo().code());
        assertEquals(Plover.ASSAULT, forced.type());
    }

    @Test
    void a_landmine_attack_is_a_bombing() {
        // "Norway carried out a landmine attack on Chile."
        Event e = only(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("carried", "VBD", "carry", -1, "root")
                .word("out", "RP", 1, "compound:prt").word("a", "DT", 5, "det").word("landmine", "NN", 5, "compound")
                .word("attack", "NN", 1, "obj").word("on", "IN", 7, "case").word("Chile", "NNP", 1, "obl")
                .word(".", ".", 1, "punct")
                .entity("Norway", EntityType.LOCATION).entity("Chile", EntityType.LOCATION));
        assertEquals("183", e.cameo().code());
    }

    @Test
    void violent_protests_are_a_riot_and_peaceful_ones_a_demonstration() {
        // "Chilean students held violent protests." / "... held protests."
        Event violent = only(ParsedStory.publishedOn("2021-03-15")
                .word("Chilean", "JJ", 1, "amod").word("students", "NNS", "student", 2, "nsubj")
                .word("held", "VBD", "hold", -1, "root").word("violent", "JJ", 4, "amod")
                .word("protests", "NNS", "protest", 2, "obj").word(".", ".", 2, "punct")
                .entity("Chilean", EntityType.MISC));
        assertEquals("145", violent.cameo().code());
        assertEquals("riot", violent.mode().orElseThrow());
        Event peaceful = only(ParsedStory.publishedOn("2021-03-15")
                .word("Chilean", "JJ", 1, "amod").word("students", "NNS", "student", 2, "nsubj")
                .word("held", "VBD", "hold", -1, "root")
                .word("protests", "NNS", "protest", 2, "obj").word(".", ".", 2, "punct")
                .entity("Chilean", EntityType.MISC));
        assertEquals("141", peaceful.cameo().code());
    }

    @Test
    void beaten_to_death_is_a_killing_by_physical_assault() {
        // "Norway beat the envoy of Chile to death" is awkward; "Norway beat Chile's envoy to death."
        Event e = only(ParsedStory.publishedOn("2021-03-15")
                .word("Norway", "NNP", 1, "nsubj").word("beat", "VBD", "beat", -1, "root")
                .word("Chile", "NNP", 4, "nmod:poss").word("'s", "POS", 2, "case").word("envoy", "NN", 1, "obj")
                .word("to", "TO", 6, "case").word("death", "NN", 1, "obl").word(".", ".", 1, "punct")
                .entity("Norway", EntityType.LOCATION).entity("Chile", EntityType.LOCATION));
        assertEquals("1823", e.cameo().code());
    }

    @Test
    void every_bundled_rule_stays_in_its_root_or_its_plover_type() {
        PloverOntology ontology = PloverOntology.bundled();
        CameoTable cameo = CameoTable.bundled(ontology);
        SpecificCodeLexicon lexicon = SpecificCodeLexicon.bundled(cameo, ontology);
        assertTrue(lexicon.all().size() > 40);
        for (SpecificCodeLexicon.Rule r : lexicon.all()) {
            var general = cameo.byCode(r.general()).orElseThrow();
            assertTrue(general.rootCode().equals(r.specific().rootCode()) || general.plover().equals(r.specific().plover()),
                    r.source());
        }
    }

    @Test
    void a_rule_leaving_both_root_and_type_fails_the_load_naming_its_line() {
        PloverOntology ontology = PloverOntology.bundled();
        CameoTable cameo = CameoTable.bundled(ontology);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SpecificCodeLexicon.parse(
                new StringReader("# a comment\n190\tobl:with=gun\t173\t-\n"), "test.tsv", cameo, ontology));
        assertTrue(e.getMessage().startsWith("test.tsv:2:"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SpecificCodeLexicon.parse(
                new StringReader("190\tobl:with=drone\t195\tmode=riot\n"), "test.tsv", cameo, ontology));
    }
}
