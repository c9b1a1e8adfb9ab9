package attache.merge;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static attache.merge.MergeFixtures.article;
import static attache.merge.MergeFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoryClustererTest {

    private final StoryClusterer clusterer = new StoryClusterer();
    private final ArticleText wire = article("wire-1", "Wire", "2019-10-05", "wire.txt");
    private final ArticleText republished = article("daily-7", "Daily", "2019-10-05", "republished.txt");
    private final ArticleText independent = article("herald-3", "Herald", "2019-10-05", "independent.txt");

    @Test
    void syndicated_copy_with_other_headline_boilerplate_and_a_paragraph_trimmed_is_one_story() {
        Map<String, String> ids = clusterer.storyIds(List.of(wire, republished));
        assertEquals(ids.get("wire-1"), ids.get("daily-7"));
    }

    @Test
    void separately_written_story_of_the_same_meeting_is_another_story() {
        Map<String, String> ids = clusterer.storyIds(List.of(wire, republished, independent));
        assertNotEquals(ids.get("wire-1"), ids.get("herald-3"));
        assertNotEquals(ids.get("daily-7"), ids.get("herald-3"));
    }

    @Test
    void copy_cut_to_its_first_two_paragraphs_is_the_same_story() {
        String body = text("wire.txt");
        String lede = body.substring(0, body.indexOf("\"Both sides"));
        ArticleText cut = new ArticleText("brief-2", "Brief", LocalDate.of(2019, 10, 6), lede);
        Map<String, String> ids = clusterer.storyIds(List.of(wire, cut));
        assertEquals(ids.get("wire-1"), ids.get("brief-2"));
    }

    @Test
    void fixture_similarities_lie_far_from_the_threshold() {
        assertTrue(estimatedJaccard(wire, republished) >= 0.5, "copy");
        assertTrue(estimatedJaccard(wire, independent) <= 0.1, "independent");
        assertTrue(estimatedJaccard(republished, independent) <= 0.1, "independent");
    }

    private static double estimatedJaccard(ArticleText a, ArticleText b) {
        Shingler shingler = new Shingler(StoryClusterer.SHINGLE_WORDS);
        MinHasher hasher = new MinHasher(StoryClusterer.NUM_HASHES, StoryClusterer.SEED);
        return MinHasher.jaccard(hasher.signature(shingler.shingles(a.body())),
                hasher.signature(shingler.shingles(b.body())));
    }

    @Test
    void story_id_is_named_by_the_earliest_member_whatever_the_input_order() {
        ArticleText earlier = new ArticleText("zz-first", "Early", LocalDate.of(2019, 10, 4), republished.body());
        Map<String, String> forward = clusterer.storyIds(List.of(wire, earlier));
        Map<String, String> backward = clusterer.storyIds(List.of(earlier, wire));
        assertEquals(forward, backward);
        assertEquals(clusterer.storyIds(List.of(earlier)).get("zz-first"), forward.get("wire-1"));
    }

    @Test
    void same_day_members_name_the_story_by_the_smaller_id() {
        Map<String, String> ids = clusterer.storyIds(List.of(wire, republished));
        assertEquals(StableIds.of("s-", "daily-7"), ids.get("wire-1"));
    }

    @Test
    void bodies_without_words_stay_stories_of_their_own() {
        LocalDate day = LocalDate.of(2019, 1, 1);
        Map<String, String> ids = clusterer.storyIds(List.of(new ArticleText("e1", "x", day, ""),
                new ArticleText("e2", "x", day, " -- ")));
        assertNotEquals(ids.get("e1"), ids.get("e2"));
    }

    @Test
    void short_identical_bodies_are_one_story() {
        LocalDate day = LocalDate.of(2019, 1, 1);
        Map<String, String> ids = clusterer.storyIds(List.of(new ArticleText("s1", "x", day, "Talks resume."),
                new ArticleText("s2", "y", day, "TALKS  resume!")));
        assertEquals(ids.get("s1"), ids.get("s2"));
    }

    @Test
    void rejects_an_article_id_given_twice() {
        assertThrows(IllegalArgumentException.class, () -> clusterer.storyIds(List.of(wire, wire)));
    }

    @Test
    void synthetic_copies_join_their_originals_and_originals_stay_apart() {
        SyntheticCorpus corpus = new SyntheticCorpus(600, 0.4, 7);
        Map<String, String> ids = clusterer.storyIds(corpus.articles());
        corpus.originalOf().forEach((article, original) -> assertEquals(ids.get(original), ids.get(article)));
        long stories = ids.values().stream().distinct().count();
        long originals = corpus.originalOf().values().stream().distinct().count();
        assertEquals(originals, stories);
    }

    @Test
    void output_is_the_same_for_every_input_order() {
        SyntheticCorpus corpus = new SyntheticCorpus(300, 0.5, 11);
        Map<String, String> expected = clusterer.storyIds(corpus.articles());
        for (long seed = 1; seed <= 5; seed++) {
            List<ArticleText> shuffled = new ArrayList<>(corpus.articles());
            Collections.shuffle(shuffled, new Random(seed));
            assertEquals(expected, clusterer.storyIds(shuffled), "seed " + seed);
        }
        assertTrue(expected.values().stream().allMatch(id -> id.matches("s-[0-9a-f]{16}")));
    }
}
