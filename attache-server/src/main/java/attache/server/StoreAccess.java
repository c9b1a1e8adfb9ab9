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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * The server's one store. Queries run on a small pool of reader connections (a DuckDB connection is
 * not shared between threads), under a read lock; a write holds the write lock while it stores the
 * article and rebuilds the merged events, so no query sees an article without its merge. Search goes
 * to the thread-safe Lucene index directly.
 */
final class StoreAccess implements AutoCloseable {

    private static final int MAX_TOTALS = 1024;

    private final KnowledgeBase base;
    private final BlockingQueue<ArticleStore> readers;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    /** Matching events per query (paging left out), forgotten at every write. */
    private final Map<EventQuery, Integer> totals = new ConcurrentHashMap<>();

    StoreAccess(KnowledgeBase base, int readerCount) {
        this.base = base;
        this.readers = new ArrayBlockingQueue<>(readerCount);
        for (int i = 0; i < readerCount; i++) {
            readers.add(base.store().reader());
        }
    }

    /** Runs a query on one of the reader connections. */
    <T> T read(Function<ArticleStore, T> query) {
        lock.readLock().lock();
        ArticleStore reader = null;
        try {
            reader = readers.take();
            return query.apply(reader);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for the store", e);
        } finally {
            if (reader != null) {
                readers.add(reader);
            }
            lock.readLock().unlock();
        }
    }

    /** How many events match the query's filters, whatever its page; remembered until the next write. */
    int eventTotal(EventQuery filters) {
        EventQuery all = filters.page(0, 0);
        Integer known = totals.get(all);
        if (known != null) {
            return known;
        }
        return read(s -> {
            if (totals.size() >= MAX_TOTALS) {
                totals.clear();
            }
            int total = s.events(all).size();
            totals.put(all, total);
            return total;
        });
    }

    /** Stores an analysed article with its story and index entry, then rebuilds the merged events. */
    StoreResult write(AnalyzedArticle doc) {
        lock.writeLock().lock();
        try {
            totals.clear();
            StoreResult result = base.store(doc);
            if (result != StoreResult.UNCHANGED) {
                base.mergeEvents();
            }
            return result;
        } finally {
            lock.writeLock().unlock();
        }
    }

    List<Hit> search(String query, SearchFilter filter, int limit) {
        try {
            return base.searchIndex().search(query, filter, limit);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the index", e);
        }
    }

    /** Closes the reader connections; the caller closes the store itself. */
    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            readers.forEach(ArticleStore::close);
            readers.clear();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
