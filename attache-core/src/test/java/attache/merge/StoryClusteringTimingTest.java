package attache.merge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * How long clustering 10,000 synthetic articles takes; prints, never asserts a time. Run with
 * {@code -Dmerge.timing=true}; it is off by default because it takes seconds on a shared machine.
 */
@EnabledIfSystemProperty(named = "merge.timing", matches = "true")
class StoryClusteringTimingTest {

    private static final int ARTICLES = 10_000;

    @Test
    void prints_the_time_to_cluster_ten_thousand_articles() {
        SyntheticCorpus corpus = new SyntheticCorpus(ARTICLES, 0.3, 2019);
        new StoryClusterer().storyIds(corpus.articles().subList(0, 1000));
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapBefore = rt.totalMemory() - rt.freeMemory();
        long start = System.nanoTime();
        StoryIndex index = new StoryIndex();
        corpus.articles().forEach(index::add);
        Map<String, String> ids = index.storyIds();
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.gc();
        long heapMb = (rt.totalMemory() - rt.freeMemory() - heapBefore) / (1024 * 1024);
        long stories = ids.values().stream().distinct().count();
        System.out.printf("story clustering: %,d articles (%d words each) in %,d ms, %,d stories, index heap ~%d MB%n",
                ARTICLES, 200, millis, stories, heapMb);
        corpus.originalOf().forEach((article, original) -> assertEquals(ids.get(original), ids.get(article)));
        assertEquals(corpus.originalOf().values().stream().distinct().count(), stories);
    }
}
