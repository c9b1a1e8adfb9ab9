package attache.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Stories built incrementally: articles arrive one at a time and each is compared, through LSH
 * buckets, with every article seen before. The index keeps each article's MinHash signature (128 ints)
 * and its bucket entries, not its text. The rules are those of {@link StoryClusterer}.
 *
 * <p><b>Agrees with the batch form.</b> Two articles are linked when they share an LSH bucket and
 * pass the similarity test; both depend only on the two texts, never on which came first. A story is
 * a connected group of linked articles, and its id is a hash of its earliest member (by published date,
 * then id). So after adding any set of articles, in any order, {@link #storyIds()} equals
 * {@link StoryClusterer#storyIds} of the same set.
 *
 * <p><b>Ids can change.</b> A story's id changes when an article arrives that is earlier than its
 * earliest member, or that links it to another story (a bridge: each of two stories is similar
 * to the newcomer but not to each other). The two stories then become one, named by the earliest
 * member of both. After {@link #add}, a caller that stores story ids should write the returned id to
 * every article in {@link #sameStory} of the added article; no other article's story changes.
 *
 * <p>Adding an id that is already in the index changes nothing, even when its text differs: a
 * changed article needs a new index (the batch form, from the stored bodies).
 *
 * <p>Not thread-safe.
 */
public final class StoryIndex {

    private final Shingler shingler = new Shingler(StoryClusterer.SHINGLE_WORDS);
    private final MinHasher hasher = new MinHasher(StoryClusterer.NUM_HASHES, StoryClusterer.SEED);
    private final List<String> ids = new ArrayList<>();
    private final List<LocalDate> dates = new ArrayList<>();
    private final List<int[]> signatures = new ArrayList<>();
    private final List<Integer> sizes = new ArrayList<>();
    private final Map<String, Integer> byId = new HashMap<>();
    private final Map<Long, int[]> buckets = new HashMap<>();
    private final DisjointSets stories = new DisjointSets(this::earlier);

    /** Adds an article and returns the id of its story as it stands now (see the class comment). */
    public String add(ArticleText article) {
        Integer known = byId.get(article.id());
        if (known != null) {
            return storyIdOf(known);
        }
        long[] shingles = shingler.shingles(article.body());
        int[] sig = hasher.signature(shingles);
        int me = stories.add();
        ids.add(article.id());
        dates.add(article.published());
        signatures.add(sig);
        sizes.add(shingles.length);
        byId.put(article.id(), me);
        if (shingles.length > 0) {
            for (int other : candidates(sig)) {
                if (similar(me, other)) {
                    stories.union(me, other);
                }
            }
            addToBuckets(me, sig);
        }
        return storyIdOf(me);
    }

    /** The story id of an article in the index. */
    public Optional<String> storyId(String articleId) {
        return Optional.ofNullable(byId.get(articleId)).map(this::storyIdOf);
    }

    /** The ids of every article in the same story as {@code articleId} (itself included), sorted; empty if unknown. */
    public List<String> sameStory(String articleId) {
        Integer e = byId.get(articleId);
        if (e == null) {
            return List.of();
        }
        return stories.members(e).mapToObj(ids::get).sorted().toList();
    }

    /** Article id → story id for every article in the index, sorted by article id. */
    public Map<String, String> storyIds() {
        Map<Integer, String> byFirst = new HashMap<>();
        Map<String, String> out = new TreeMap<>();
        for (int e = 0; e < ids.size(); e++) {
            int first = stories.first(e);
            out.put(ids.get(e), byFirst.computeIfAbsent(first, f -> StableIds.of("s-", ids.get(f))));
        }
        return Collections.unmodifiableMap(out);
    }

    public int size() {
        return ids.size();
    }

    private String storyIdOf(int e) {
        return StableIds.of("s-", ids.get(stories.first(e)));
    }

    /** Earliest by published date, then by id: the member that names a story. */
    private int earlier(int a, int b) {
        int byDate = dates.get(a).compareTo(dates.get(b));
        if (byDate != 0) {
            return byDate < 0 ? a : b;
        }
        return ids.get(a).compareTo(ids.get(b)) <= 0 ? a : b;
    }

    private boolean similar(int a, int b) {
        if (sizes.get(b) == 0) {
            return false;
        }
        double jaccard = MinHasher.jaccard(signatures.get(a), signatures.get(b));
        return StoryClusterer.similar(jaccard, sizes.get(a), sizes.get(b));
    }

    private TreeSet<Integer> candidates(int[] sig) {
        TreeSet<Integer> out = new TreeSet<>();
        for (int band = 0; band < StoryClusterer.BANDS; band++) {
            int[] inBucket = buckets.get(bucketKey(sig, band));
            if (inBucket != null) {
                Arrays.stream(inBucket).forEach(out::add);
            }
        }
        return out;
    }

    private void addToBuckets(int e, int[] sig) {
        for (int band = 0; band < StoryClusterer.BANDS; band++) {
            buckets.merge(bucketKey(sig, band), new int[] {e}, StoryIndex::append);
        }
    }

    private static int[] append(int[] old, int[] more) {
        int[] out = Arrays.copyOf(old, old.length + more.length);
        System.arraycopy(more, 0, out, old.length, more.length);
        return out;
    }

    /** A band's rows hashed with the band number; a rare collision only costs one needless comparison. */
    private static long bucketKey(int[] sig, int band) {
        long h = band;
        for (int row = 0; row < StoryClusterer.ROWS; row++) {
            h = Hashing.mix(h * 31 + sig[band * StoryClusterer.ROWS + row]);
        }
        return h;
    }
}
