package attache.actors;

import attache.model.Actor;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhraseResolverTest {

    private static final PhraseResolver RESOLVER = new PhraseResolver(ActorLexicons.bundled());
    private static final LocalDate DAY = LocalDate.of(2019, 10, 7);

    private static Actor actor(String phrase) {
        return RESOLVER.resolve(PhraseTokens.split(phrase), DAY, Set.of()).actor()
                .orElseThrow(() -> new AssertionError("nothing for " + phrase));
    }

    @Test
    void demonym_and_role_give_country_and_sector() {
        assertEquals("KORGOV", actor("the South Korean envoy").code());
        assertEquals("RUSMIL", actor("Russian troops").code());
    }

    @Test
    void possessive_country_names_the_role_holder() {
        assertEquals("PRKGOV", actor("North Korea's chief nuclear negotiator").code());
        assertEquals("KORGOV", actor("Seoul's chief nuclear negotiator").code());
        // A typographic apostrophe is a possessive too.
        assertEquals("PRKGOV", actor("North Korea\u2019s chief nuclear negotiator").code());
        assertEquals("CHLGOV", actor("Chile\u2019s interior minister").code());
    }

    @Test
    void capital_or_seat_alone_is_the_government_and_a_country_name_alone_has_no_sector() {
        assertEquals("RUSGOV", actor("the Kremlin").code());
        assertEquals("PRKGOV", actor("Pyongyang").code());
        Actor country = actor("North Korea");
        assertEquals("PRK", country.country());
        assertNull(country.agent());
    }

    @Test
    void a_region_or_city_gives_its_country_and_no_sector_and_a_role_its_sector() {
        assertEquals("SDNREB", actor("Darfur rebels").code());
        assertEquals("CHNCOP", actor("Shanghai police").code());
        assertEquals("RUSREB", actor("Chechen rebels").code());
        Actor place = actor("Hebron");
        assertEquals("PSE", place.country());
        assertNull(place.agent());
        // a newspaper named after a city is not the city
        assertInstanceOf(Resolution.None.class, RESOLVER.resolve(PhraseTokens.split("Sydney Morning Herald"), DAY, Set.of()));
    }

    @Test
    void armed_groups_and_movements_of_the_archives_have_country_and_sector() {
        assertEquals("DZAOPP", actor("the Islamic Salvation Front").code());
        assertEquals("EGYOPP", actor("Kifaya").code());
        assertEquals("SLEREB", actor("the Revolutionary United Front").code());
        assertEquals("LKAREB", actor("the Tamil Tigers").code());
    }

    @Test
    void organisations_give_their_own_codes() {
        Actor nato = actor("NATO");
        assertEquals("IGO", nato.country());
        assertTrue(nato.code().startsWith("IGO"));
        assertEquals("USAGOV", actor("the U.S. State Department").code());
    }

    @Test
    void a_known_person_wins_over_the_words_around_the_name() {
        Actor trump = actor("U.S. President Donald Trump");
        assertEquals("USAGOV", trump.code());
        assertTrue(trump.source().startsWith("people:"));
    }

    @Test
    void defence_minister_has_a_military_second_sector() {
        Actor minister = actor("the Japanese defence minister");
        assertEquals("JPNGOV", minister.code());
        assertEquals("MIL", minister.secondary());
    }

    @Test
    void a_role_alone_takes_the_one_country_the_context_offers() {
        assertNull(actor("soldiers").country());
        Actor withContext = RESOLVER.resolve(PhraseTokens.split("soldiers"), DAY, Set.of("MEX")).actor().orElseThrow();
        assertEquals("MEXMIL", withContext.code());
    }

    @Test
    void a_name_that_contains_a_capital_is_not_its_government() {
        Resolution r = RESOLVER.resolve(PhraseTokens.split("the Washington Post"), DAY, Set.of());
        assertTrue(r.actor().isEmpty(), r.toString());
        assertEquals("USAGOV", actor("Washington").code());
        assertEquals("PRKGOV", actor("Pyongyang's envoy").code());
    }

    @Test
    void says_why_nothing_fits() {
        Resolution r = RESOLVER.resolve(PhraseTokens.split("the weather"), DAY, Set.of());
        assertTrue(assertInstanceOf(Resolution.None.class, r).reason().contains("the weather"));
    }

    @Test
    void tokens_split_like_the_parser() {
        assertEquals(java.util.List.of("Seoul", "'s", "U.S.", "envoy", ","), PhraseTokens.split("Seoul's U.S. envoy,"));
    }
}
