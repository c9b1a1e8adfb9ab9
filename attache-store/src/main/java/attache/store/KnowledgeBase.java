package attache.store;

import attache.model.AnalyzedArticle;
import attache.model.Article;
import attache.search.SearchIndex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The store with what is derived from it kept in step: each article's story (written in the
 * article's own transaction), the search index in {@code <dir>/search/}, and, on
 * {@link #mergeEvents()}, the merged events. This is what {@code attache ingest} writes through.
 *
 * <p><b>After a kill.</b> Stories are rebuilt from the stored bodies on {@link #open}, and any story id
 * that differs is rewritten. The search index is committed after each article, after the store; an
 * article stored but not indexed (a kill between the two) is not {@link #isComplete complete}, so a
 * re-run analyses it again and indexes it. Merged events are rebuilt whole, so a re-run's
 * {@link #mergeEvents()} repairs them.
 *
 * <p>Not thread-safe: one writer, like {@link ArticleStore}.
 */
public final class KnowledgeBase implements AutoCloseable {

    /** The search index's folder inside the store's folder. */
    public static final String SEARCH_FOLDER = "search";

    private final ArticleStore store;
    private final StoryWriter stories;
    private final SearchIndex search;

    private KnowledgeBase(ArticleStore store, StoryWriter stories, SearchIndex search) {
        this.store = store;
        this.stories = stories;
        this.search = search;
    }

    /** Opens (or creates) the store and the search index in {@code dir}, and brings story ids up to date. */
    public static KnowledgeBase open(Path dir) {
        ArticleStore store = ArticleStore.open(dir);
        try {
            StoryWriter[] stories = new StoryWriter[1];
            store.inTransaction("rebuild the stories", () -> {
                stories[0] = StoryWriter.load(store.connection());
                stories[0].writeChanged();
            });
            return new KnowledgeBase(store, stories[0], new SearchIndex(dir.resolve(SEARCH_FOLDER)));
        } catch (IOException | RuntimeException e) {
            store.close();
            if (e instanceof IOException io) {
                throw new StoreException("cannot open the search index in " + dir, io);
            }
            throw (RuntimeException) e;
        }
    }

    /** The search index's folder of a store's folder. */
    public static Path searchFolder(Path dir) {
        return dir.resolve(SEARCH_FOLDER);
    }

    /** Whether this very article is stored and indexed, so analysing it again can be skipped. */
    public boolean isComplete(Article article) {
        return store.isStored(article) && indexed(article.id());
    }

    /**
     * Stores an article (see {@link ArticleStore#store}) and, in the same transaction, its story; then
     * indexes it for search when it was inserted or replaced, or was stored but never indexed.
     */
    public StoreResult store(AnalyzedArticle doc) {
        String id = doc.article().id();
        StoreResult result = store.store(doc, r -> stories.added(id, r));
        if (result != StoreResult.UNCHANGED || !indexed(id)) {
            try {
                search.put(doc);
                search.commit();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot index " + id, e);
            }
        }
        return result;
    }

    /** Records an input that gave no article (see {@link ArticleStore#logRejected}). */
    public void logRejected(String origin, String reason) {
        store.logRejected(origin, reason);
    }

    /** Rebuilds the merged events from every stored event, in one transaction; returns their number. */
    public int mergeEvents() {
        int[] count = new int[1];
        store.inTransaction("merge events", () -> count[0] = new MergedEventWriter(store.connection()).rebuild());
        return count[0];
    }

    /** The search index, for queries (thread-safe; writes go through {@link #store(AnalyzedArticle)}). */
    public SearchIndex searchIndex() {
        return search;
    }

    /** The seen-set of {@code attache watch}, in the store's {@code feed_items} table. */
    public attache.feeds.SeenItems feedItems() {
        return new FeedItemTable(store);
    }

    /** The store itself, for queries. */
    public ArticleStore store() {
        return store;
    }

    @Override
    public void close() {
        try {
            search.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index", e);
        } finally {
            store.close();
        }
    }

    private boolean indexed(String id) {
        try {
            return search.contains(id);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index", e);
        }
    }
}
