package attache.merge;

import attache.merge.MergeFixtures.EventSpec;
import attache.model.Plover;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static attache.merge.MergeFixtures.article;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The acceptance case: two copies of one wire story from different outlets. */
class SyndicatedStoryTest {

    private final ArticleText wire = article("wire-1", "Wire", "2019-10-05", "wire.txt");
    private final ArticleText republished = article("daily-7", "Daily", "2019-10-05", "republished.txt");
    private final ArticleText independent = article("herald-3", "Herald", "2019-10-05", "independent.txt");
    private final EventSpec talks = EventSpec.of("PRKGOV", "KORGOV", Plover.CONSULT, "046", "2019-10-05").in("KOR");
    private final EventSpec tests = EventSpec.of("PRKMIL", null, Plover.MOBILIZE, "154", "2019");

    @Test
    void two_copies_make_one_story_and_one_set_of_events_with_two_sources() {
        Map<String, String> stories = new StoryClusterer().storyIds(List.of(wire, republished));
        List<MergedEvent> merged = new EventClusterer().merge(List.of(
                talks.reportedAs("wire-1#0", "wire-1", "Wire", stories.get("wire-1")),
                tests.reportedAs("wire-1#1", "wire-1", "Wire", stories.get("wire-1")),
                talks.reportedAs("daily-7#0", "daily-7", "Daily", stories.get("daily-7")),
                tests.reportedAs("daily-7#1", "daily-7", "Daily", stories.get("daily-7"))));
        assertEquals(2, merged.size());
        for (MergedEvent m : merged) {
            assertEquals(2, m.numSources());
            assertEquals(2, m.numArticles());
            assertEquals(1, m.numStories());
            assertEquals(2, m.numMentions());
        }
    }

    @Test
    void a_separately_written_report_of_the_same_talks_adds_a_source_and_a_story() {
        Map<String, String> stories = new StoryClusterer().storyIds(List.of(wire, republished, independent));
        EventSpec hosted = EventSpec.of("KORGOV", "PRKGOV", Plover.CONSULT, "043", "2019-10");
        List<MergedEvent> merged = new EventClusterer().merge(List.of(
                talks.reportedAs("wire-1#0", "wire-1", "Wire", stories.get("wire-1")),
                talks.reportedAs("daily-7#0", "daily-7", "Daily", stories.get("daily-7")),
                hosted.reportedAs("herald-3#0", "herald-3", "Herald", stories.get("herald-3"))));
        assertEquals(1, merged.size());
        assertEquals(3, merged.get(0).numSources());
        assertEquals(2, merged.get(0).numStories());
        assertEquals("2019-10-05", merged.get(0).representative().date().value());
    }
}
