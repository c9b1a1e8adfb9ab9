package attache.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class ParticipantTest {

    private static final TextSpan MENTION = new TextSpan(4, 9);

    @Test
    void a_state_named_by_its_country_acts_through_its_government() {
        Participant north = new Participant(new Actor("North Korea", "PRK", null, null, null, "reference:the North"),
                MENTION);
        Participant state = north.throughGovernment();
        assertEquals("PRKGOV", state.actor().code());
        assertEquals("reference:the North+state", state.actor().source());
        assertEquals(MENTION, state.mention());
        Participant named = new Participant(new Actor("United States", "USA", null, null, null, "country:name"),
                MENTION);
        assertEquals("USAGOV", named.throughGovernment().actor().code());
    }

    @Test
    void people_sectors_and_organisations_stay_as_they_are() {
        Participant minister = new Participant(new Actor("Lee", "KOR", null, "GOV", "MIL", "people:Lee"), MENTION);
        assertSame(minister, minister.throughGovernment());
        Participant ministry = new Participant(new Actor("Seoul", "KOR", null, null, null, "people:Seoul"), MENTION);
        assertSame(ministry, ministry.throughGovernment(), "not found from a country's name");
        Participant un = new Participant(new Actor("United Nations", "IGO", "UNO", null, null, "country:IGO"),
                MENTION);
        assertSame(un, un.throughGovernment());
    }

    @Test
    void a_region_or_city_is_the_country_not_its_state() {
        Participant jericho = new Participant(new Actor("Palestine", "PSE", null, null, null, "country:place"), MENTION);
        assertSame(jericho, jericho.throughGovernment());
    }
}
