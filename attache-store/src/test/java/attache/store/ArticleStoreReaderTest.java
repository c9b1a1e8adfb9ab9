package attache.store;

import attache.store.testing.Stories;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ArticleStoreReaderTest {

    @TempDir
    Path dir;

    @Test
    void reader_sees_what_the_store_commits() throws Exception {
        try (ArticleStore store = ArticleStore.open(dir)) {
            store.store(Stories.talks());
            try (ArticleStore reader = store.reader()) {
                assertEquals(3, reader.events(EventQuery.ALL).size());
                store.store(Stories.aid());
                assertEquals(5, reader.events(EventQuery.ALL).size());
                Thread other = new Thread(() -> assertEquals(2, reader.events(EventQuery.ALL.withActor("JPN")).size()));
                other.start();
                other.join();
            }
            assertEquals(5, store.events(EventQuery.ALL).size(), "closing a reader leaves the store open");
        }
    }

    @Test
    void knowledge_base_searches_its_own_index() throws Exception {
        try (KnowledgeBase base = KnowledgeBase.open(dir)) {
            base.store(Stories.aid());
            assertEquals("aid", base.searchIndex().search("winter", attache.search.SearchFilter.none(), 5)
                    .get(0).articleId());
        }
    }
}
