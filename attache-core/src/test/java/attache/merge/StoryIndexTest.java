package attache.merge;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static attache.merge.MergeFixtures.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class StoryIndexTest {

    private static final LocalDate DAY = LocalDate.of(2019, 10, 5);

    @Test
    void incremental_and_batch_agree_whatever_the_arrival_order() {
        SyntheticCorpus corpus = new SyntheticCorpus(400, 0.5, 3);
        Map<String, String> batch = new StoryClusterer().storyIds(corpus.articles());
        for (long seed = 1; seed <= 4; seed++) {
            List<ArticleText> arrivals = new ArrayList<>(corpus.articles());
            Collections.shuffle(arrivals, new Random(seed));
            StoryIndex index = new StoryIndex();
            arrivals.forEach(index::add);
            assertEquals(batch, index.storyIds(), "seed " + seed);
        }
    }

    @Test
    void add_returns_the_story_id_every_member_of_its_story_now_has() {
        StoryIndex index = new StoryIndex();
        index.add(article("wire-1", "Wire", "2019-10-05", "wire.txt"));
        ArticleText earlierCopy = new ArticleText("copy-0", "Early", DAY.minusDays(1),
                MergeFixtures.text("republished.txt"));
        String id = index.add(earlierCopy);
        assertEquals(List.of("copy-0", "wire-1"), index.sameStory("wire-1"));
        assertEquals(Optional.of(id), index.storyId("wire-1"));
        assertEquals(StableIds.of("s-", "copy-0"), id);
    }

    @Test
    void an_article_similar_to_two_stories_joins_them_under_the_earliest_member() {
        String x = paragraphs(1);
        String y = paragraphs(2);
        String z = paragraphs(3);
        StoryIndex index = new StoryIndex();
        String first = index.add(new ArticleText("a", "o", DAY.plusDays(1), x + y));
        String second = index.add(new ArticleText("c", "o", DAY, y + z));
        assertNotEquals(first, second);
        String bridged = index.add(new ArticleText("b", "o", DAY.plusDays(2), x + y + z));
        assertEquals(StableIds.of("s-", "c"), bridged);
        assertEquals(List.of("a", "b", "c"), index.sameStory("b"));
        assertEquals(index.storyIds(), new StoryClusterer().storyIds(List.of(
                new ArticleText("b", "o", DAY.plusDays(2), x + y + z),
                new ArticleText("a", "o", DAY.plusDays(1), x + y),
                new ArticleText("c", "o", DAY, y + z))));
    }

    @Test
    void adding_a_known_id_again_changes_nothing() {
        StoryIndex index = new StoryIndex();
        String id = index.add(article("wire-1", "Wire", "2019-10-05", "wire.txt"));
        String again = index.add(article("wire-1", "Wire", "2019-10-05", "independent.txt"));
        assertEquals(id, again);
        assertEquals(1, index.size());
    }

    @Test
    void unknown_article_has_no_story() {
        assertEquals(Optional.empty(), new StoryIndex().storyId("nope"));
        assertEquals(List.of(), new StoryIndex().sameStory("nope"));
    }

    /** Three 60-word paragraphs of random words: pairs sharing two of three overlap by 2/3. */
    private static String paragraphs(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return IntStream.range(0, 60).mapToObj(i -> "q" + random.nextInt(100_000))
                .collect(Collectors.joining(" ", "", "\n\n"));
    }
}
