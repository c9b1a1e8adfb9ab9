package attache.events;

import attache.merge.EventClusterer;
import attache.merge.ReportedEvent;
import attache.model.Actor;
import attache.model.CameoCode;
import attache.model.Event;
import attache.model.EventDate;
import attache.model.Modality;
import attache.model.Participant;
import attache.model.Place;
import attache.model.Plover;
import attache.model.TextSpan;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The unidentified party of violence told without its doer, without CoreNLP: how it is placed, how a
 * sentence's several tellings of one agentless act become one event, and that merging takes it like
 * any actor. The lexicon rules are tested on real parses in {@code ViolenceEventsIT}.
 */
class UnknownSourcesTest {

    private static final TextSpan SPAN = new TextSpan(0, 5);
    private static final Participant UNKNOWN = new Participant(
            new Actor("unidentified armed group", null, null, "UAF", null, UnknownSources.MARK + "means"), SPAN);

    @Test
    void the_bundled_lexicon_loads() {
        UnknownSources.bundled();
    }

    @Test
    void the_unknown_party_takes_the_country_of_the_place_and_no_other() {
        Participant placed = UnknownSources.placed(UNKNOWN,
                Optional.of(new Place("Baghdad", "IRQ", new TextSpan(10, 17))));
        assertEquals("IRQUAF", placed.actor().code());
        assertTrue(UnknownSources.isUnknown(placed.actor()));
        Participant unplaced = UnknownSources.placed(UNKNOWN, Optional.empty());
        assertNull(unplaced.actor().country());
        assertEquals("UAF", unplaced.actor().code());
        // a named party is not touched
        Participant named = new Participant(new Actor("rebels", null, null, "REB", null, "role:x"), SPAN);
        assertEquals(named, UnknownSources.placed(named, Optional.of(new Place("Baghdad", "IRQ", SPAN))));
        assertFalse(UnknownSources.isUnknown(named.actor()));
    }

    @Test
    void one_agentless_act_told_twice_in_a_sentence_is_one_event_with_the_finer_code_and_the_victims() {
        Participant victims = new Participant(new Actor("policemen", "IRQ", null, "COP", null, "role:x"),
                new TextSpan(30, 39));
        Event explosion = event(UNKNOWN, Optional.empty(), "1832");
        Event killing = event(UNKNOWN, Optional.of(victims), "190");
        Event other = event(new Participant(new Actor("Iraq", "IRQ", null, "GOV", null, "country:name"), SPAN),
                Optional.empty(), "190");
        List<Event> out = UnknownSources.oneActEach(List.of(explosion, killing, other));
        assertEquals(2, out.size());
        assertEquals("1832", out.get(0).cameo().code());
        assertEquals(Optional.of(victims), out.get(0).target());
        assertEquals(other, out.get(1));
        // the party placed by one telling places the act
        Participant inKabul = UnknownSources.placed(UNKNOWN, Optional.of(new Place("Kabul", "AFG", SPAN)));
        List<Event> placed = UnknownSources.oneActEach(List.of(explosion, event(inKabul, Optional.of(victims), "190")));
        assertEquals(1, placed.size());
        assertEquals("AFGUAF", placed.get(0).source().actor().code());
        assertEquals("1832", placed.get(0).cameo().code());
        // a single agentless event is left as it is
        assertEquals(List.of(killing), UnknownSources.oneActEach(List.of(killing)));
    }

    @Test
    void two_reports_of_one_bombing_by_an_unidentified_group_merge() {
        Participant iraqi = UnknownSources.placed(UNKNOWN, Optional.of(new Place("Mosul", "IRQ", SPAN)));
        Participant town = new Participant(new Actor("Iraq", "IRQ", null, null, null, "country:name"), SPAN);
        Event a = placedEvent(iraqi, town, "IRQ");
        Event b = placedEvent(iraqi, town, "IRQ");
        Participant syrian = UnknownSources.placed(UNKNOWN, Optional.of(new Place("Idlib", "SYR", SPAN)));
        Event c = placedEvent(syrian, new Participant(new Actor("Syria", "SYR", null, null, null, "country:name"), SPAN),
                "SYR");
        var merged = new EventClusterer().merge(List.of(new ReportedEvent("e1", "a1", "Wire", "s1", a),
                new ReportedEvent("e2", "a2", "Herald", "s2", b), new ReportedEvent("e3", "a3", "Herald", "s3", c)));
        assertEquals(2, merged.size());
    }

    private static Event event(Participant source, Optional<Participant> target, String code) {
        CameoCode cameo = new CameoCode(code, "code " + code, 4, -10.0, Optional.of(Plover.ASSAULT), Optional.empty());
        return new Event(source, target, Plover.ASSAULT, Optional.empty(), cameo,
                new EventDate("2021-03-12", null, null, EventDate.Source.PUBLICATION), Optional.empty(), false,
                Modality.ASSERTED, Optional.empty(), 0, SPAN, List.of(new TextSpan(0, 60)), "test:1", 0.8);
    }

    private static Event placedEvent(Participant source, Participant target, String country) {
        Event e = event(source, Optional.of(target), "1832");
        return new Event(e.source(), e.target(), e.type(), e.mode(), e.cameo(), e.date(),
                Optional.of(new Place("town", country, SPAN)), e.negated(), e.modality(), e.claimant(), e.sentence(),
                e.trigger(), e.evidence(), e.pattern(), e.confidence());
    }
}
