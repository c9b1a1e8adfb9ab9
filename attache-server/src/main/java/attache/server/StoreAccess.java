package attache.server;

import attache.model.AnalyzedArticle;
import attache.search.Hit;
import attache.search.SearchFilter;
import attache.store.ArticleStore;
import attache.store.KnowledgeBase;
import attache.store.StoreResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The server's one store. The store holds one DuckDB connection, so every use of it, read or write,
 * is serialised by one lock; writes also rebuild the merged events before the lock is released, so a
 * reader never sees an article without its merge. Search goes to the thread-safe Lucene index directly.
 */
final class StoreAccess implements AutoCloseable {

    private final KnowledgeBase base;
    private final ReentrantLock lock = new ReentrantLock();

    StoreAccess(KnowledgeBase base) {
        this.base = base;
    }

    /** Runs a query against the store, alone. */
    <T> T read(Function<ArticleStore, T> query) {
        lock.lock();
        try {
            return query.apply(base.store());
        } finally {
            lock.unlock();
        }
    }

    /** Stores an analysed article with its story and index entry, then rebuilds the merged events. */
    StoreResult write(AnalyzedArticle doc) {
        lock.lock();
        try {
            StoreResult result = base.store(doc);
            if (result != StoreResult.UNCHANGED) {
                base.mergeEvents();
            }
            return result;
        } finally {
            lock.unlock();
        }
    }

    List<Hit> search(String query, SearchFilter filter, int limit) {
        try {
            return base.searchIndex().search(query, filter, limit);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the index", e);
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            base.close();
        } finally {
            lock.unlock();
        }
    }
}
