package attache.server;

import attache.model.AnalyzedArticle;
import attache.search.Hit;
import attache.search.SearchFilter;
import attache.store.ArticleStore;
import attache.store.EventQuery;
import attache.store.KnowledgeBase;
import attache.store.StoreResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The server's one store. The store holds one DuckDB connection, so every use of it, read or write,
 * is serialised by one lock; writes also rebuild the merged events before the lock is released, so a
 * reader never sees an article without its merge. Search goes to the thread-safe Lucene index directly.
 */
final class StoreAccess implements AutoCloseable {

    private static final int MAX_TOTALS = 1024;

    private final KnowledgeBase base;
    private final ReentrantLock lock = new ReentrantLock();
    /** Matching events per query (paging left out), forgotten at every write. */
    private final Map<EventQuery, Integer> totals = new HashMap<>();

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

    /** How many events match the query's filters, whatever its page; remembered until the next write. */
    int eventTotal(EventQuery filters) {
        EventQuery all = filters.page(0, 0);
        lock.lock();
        try {
            Integer known = totals.get(all);
            if (known != null) {
                return known;
            }
            if (totals.size() >= MAX_TOTALS) {
                totals.clear();
            }
            int total = base.store().events(all).size();
            totals.put(all, total);
            return total;
        } finally {
            lock.unlock();
        }
    }

    /** Stores an analysed article with its story and index entry, then rebuilds the merged events. */
    StoreResult write(AnalyzedArticle doc) {
        lock.lock();
        try {
            totals.clear();
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
