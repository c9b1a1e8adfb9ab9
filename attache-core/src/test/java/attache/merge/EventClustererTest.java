package attache.merge;

import attache.merge.MergeFixtures.EventSpec;
import attache.model.Plover;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventClustererTest {

    private final EventClusterer clusterer = new EventClusterer();
    private final EventSpec meeting = EventSpec.of("PRKGOV", "KORGOV", Plover.CONSULT, "040", "2019-10-05");
    private final EventSpec attack = EventSpec.of("PRKMIL", "KORMIL", Plover.ASSAULT, "190", "2019-10-05");

    @Test
    void same_event_in_two_articles_of_different_outlets_and_stories_is_one_event() {
        List<MergedEvent> merged = clusterer.merge(List.of(
                meeting.reportedAs("e1", "a1", "Wire", "s1"),
                meeting.toldTimes(2).reportedAs("e2", "a2", "Herald", "s2")));
        assertEquals(1, merged.size());
        MergedEvent m = merged.get(0);
        assertEquals(3, m.numMentions());
        assertEquals(2, m.numSources());
        assertEquals(2, m.numArticles());
        assertEquals(2, m.numStories());
    }

    @Test
    void different_days_are_different_events() {
        assertEquals(2, clusterer.merge(List.of(meeting.reportedAs("e1", "a1", "W", "s1"),
                meeting.on("2019-10-06").reportedAs("e2", "a2", "H", "s2"))).size());
    }

    @Test
    void day_merges_with_its_week_month_and_year() {
        for (String coarse : List.of("2019-W40", "2019-10", "2019")) {
            assertEquals(1, clusterer.merge(List.of(meeting.reportedAs("e1", "a1", "W", "s1"),
                    meeting.on(coarse).reportedAs("e2", "a2", "H", "s2"))).size(), coarse);
        }
    }

    @Test
    void day_outside_the_coarser_value_does_not_merge() {
        for (String coarse : List.of("2019-W41", "2019-11", "2018")) {
            assertEquals(2, clusterer.merge(List.of(meeting.reportedAs("e1", "a1", "W", "s1"),
                    meeting.on(coarse).reportedAs("e2", "a2", "H", "s2"))).size(), coarse);
        }
    }

    @Test
    void a_month_fitting_two_days_joins_only_one_of_them() {
        List<MergedEvent> merged = clusterer.merge(List.of(
                meeting.reportedAs("e1", "a1", "W", "s1"),
                meeting.on("2019-10-20").reportedAs("e2", "a2", "W", "s2"),
                meeting.on("2019-10").reportedAs("e3", "a3", "H", "s3")));
        assertEquals(2, merged.size());
        MergedEvent withMonth = merged.stream().filter(m -> m.members().size() == 2).findFirst().orElseThrow();
        assertEquals(List.of("e1", "e3"), withMonth.members().stream().map(ReportedEvent::eventId).toList());
    }

    @Test
    void different_actors_do_not_merge() {
        EventSpec other = EventSpec.of("PRKGOV", "USAGOV", Plover.CONSULT, "040", "2019-10-05");
        assertEquals(2, clusterer.merge(List.of(meeting.reportedAs("e1", "a1", "W", "s1"),
                other.reportedAs("e2", "a2", "H", "s2"))).size());
    }

    @Test
    void swapped_parties_merge_for_a_meeting() {
        EventSpec swapped = EventSpec.of("KORGOV", "PRKGOV", Plover.CONSULT, "043", "2019-10-05");
        assertEquals(1, clusterer.merge(List.of(meeting.reportedAs("e1", "a1", "W", "s1"),
                swapped.reportedAs("e2", "a2", "H", "s2"))).size());
    }

    @Test
    void swapped_parties_do_not_merge_for_an_attack() {
        EventSpec swapped = EventSpec.of("KORMIL", "PRKMIL", Plover.ASSAULT, "190", "2019-10-05");
        assertEquals(2, clusterer.merge(List.of(attack.reportedAs("e1", "a1", "W", "s1"),
                swapped.reportedAs("e2", "a2", "H", "s2"))).size());
    }

    @Test
    void same_cameo_root_merges_across_plover_types() {
        EventSpec fight = EventSpec.of("PRKMIL", "KORMIL", Plover.COERCE, "193", "2019-10-05");
        assertEquals(1, clusterer.merge(List.of(attack.reportedAs("e1", "a1", "W", "s1"),
                fight.reportedAs("e2", "a2", "H", "s2"))).size());
    }

    @Test
    void other_type_and_root_do_not_merge() {
        EventSpec threat = EventSpec.of("PRKMIL", "KORMIL", Plover.THREATEN, "138", "2019-10-05");
        assertEquals(2, clusterer.merge(List.of(attack.reportedAs("e1", "a1", "W", "s1"),
                threat.reportedAs("e2", "a2", "H", "s2"))).size());
    }

    @Test
    void places_merge_when_one_is_absent_or_countries_agree() {
        assertEquals(1, clusterer.merge(List.of(meeting.in("KOR").reportedAs("e1", "a1", "W", "s1"),
                meeting.reportedAs("e2", "a2", "H", "s2"),
                meeting.in("KOR").reportedAs("e3", "a3", "H", "s3"))).size());
        assertEquals(2, clusterer.merge(List.of(meeting.in("KOR").reportedAs("e1", "a1", "W", "s1"),
                meeting.in("CHN").reportedAs("e2", "a2", "H", "s2"))).size());
    }

    @Test
    void negated_and_affirmed_reports_do_not_merge() {
        assertEquals(2, clusterer.merge(List.of(meeting.reportedAs("e1", "a1", "W", "s1"),
                meeting.denied().reportedAs("e2", "a2", "H", "s2"))).size());
    }

    @Test
    void uncoded_actors_are_compared_by_name() {
        EventSpec gunmen = EventSpec.of("gunmen", "AFGPOL", Plover.ASSAULT, "190", "2019-10-05");
        EventSpec rebels = EventSpec.of("rebels", "AFGPOL", Plover.ASSAULT, "190", "2019-10-05");
        assertEquals(2, clusterer.merge(List.of(gunmen.reportedAs("e1", "a1", "W", "s1"),
                rebels.reportedAs("e2", "a2", "H", "s2"))).size());
    }

    @Test
    void representative_is_the_most_precisely_dated_then_most_confident_then_smallest_id() {
        ReportedEvent month = meeting.on("2019-10").confidence(0.99).reportedAs("e0", "a0", "W", "s0");
        ReportedEvent day = meeting.confidence(0.5).reportedAs("e9", "a9", "W", "s9");
        ReportedEvent dayConfident = meeting.confidence(0.9).reportedAs("e5", "a5", "W", "s5");
        ReportedEvent dayConfidentToo = meeting.confidence(0.9).reportedAs("e4", "a4", "W", "s4");
        MergedEvent m = clusterer.merge(List.of(month, day, dayConfident, dayConfidentToo)).get(0);
        assertSame(dayConfidentToo.event(), m.representative());
        assertEquals(List.of("e4", "e5", "e9", "e0"), m.members().stream().map(ReportedEvent::eventId).toList());
        assertEquals(StableIds.of("m-", "e0\ne4\ne5\ne9"), m.mergedId());
    }

    @Test
    void output_is_the_same_for_every_input_order() {
        List<ReportedEvent> reports = mixedReports();
        List<MergedEvent> expected = clusterer.merge(reports);
        for (long seed = 1; seed <= 8; seed++) {
            List<ReportedEvent> shuffled = new ArrayList<>(reports);
            Collections.shuffle(shuffled, new Random(seed));
            assertEquals(expected, clusterer.merge(shuffled), "seed " + seed);
        }
        assertTrue(expected.size() > 3 && expected.size() < reports.size());
    }

    @Test
    void rejects_an_event_id_given_twice() {
        ReportedEvent r = meeting.reportedAs("e1", "a1", "W", "s1");
        assertThrows(IllegalArgumentException.class, () -> clusterer.merge(List.of(r, r)));
    }

    /** Reports over a few dyads, dates of every precision, places and negation, with ties in confidence. */
    private List<ReportedEvent> mixedReports() {
        List<String> dates = List.of("2019-10-05", "2019-10-06", "2019-W40", "2019-10", "2019", "2019-10-20");
        List<EventSpec> kinds = List.of(meeting, attack,
                EventSpec.of("KORGOV", "PRKGOV", Plover.CONSULT, "042", "2019-10-05"),
                EventSpec.of("PRKMIL", "KORMIL", Plover.COERCE, "193", "2019-10-05"));
        List<ReportedEvent> out = new ArrayList<>();
        Random random = new Random(42);
        for (int i = 0; i < 80; i++) {
            EventSpec spec = kinds.get(random.nextInt(kinds.size())).on(dates.get(random.nextInt(dates.size())))
                    .confidence(0.5 + random.nextInt(3) * 0.2);
            spec = random.nextInt(4) == 0 ? spec.in(random.nextBoolean() ? "KOR" : "PRK") : spec;
            spec = random.nextInt(10) == 0 ? spec.denied() : spec;
            out.add(spec.reportedAs(String.format("e%03d", i), "a" + random.nextInt(30), "o" + random.nextInt(5),
                    "s" + random.nextInt(10)));
        }
        return out;
    }
}
