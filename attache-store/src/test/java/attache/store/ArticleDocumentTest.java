package attache.store;

import attache.output.DocumentWriter;
import attache.store.testing.Stories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each article keeps the document {@code attache process} writes for it, byte for byte. */
class ArticleDocumentTest {

    @TempDir
    Path dir;

    @Test
    void stored_document_is_what_process_writes() {
        try (ArticleStore store = ArticleStore.open(dir)) {
            store.store(Stories.talks());
            assertEquals(Optional.of(new DocumentWriter().toJsonLine(Stories.talks())), store.document("talks"));
            assertEquals(Optional.empty(), store.document("nothing"));
        }
    }

    @Test
    void replacing_an_article_replaces_its_document() {
        try (ArticleStore store = ArticleStore.open(dir)) {
            store.store(Stories.talks());
            assertEquals(StoreResult.REPLACED, store.store(Stories.talksCorrected()));
            assertEquals(Optional.of(new DocumentWriter().toJsonLine(Stories.talksCorrected())),
                    store.document("talks"));
        }
    }

    @Test
    void article_stored_before_documents_were_kept_is_analysed_again() throws SQLException {
        try (ArticleStore store = ArticleStore.open(dir)) {
            store.store(Stories.talks());
            try (Statement st = store.connection().createStatement()) {
                st.execute("ALTER TABLE articles DROP COLUMN document");
            }
        }
        try (ArticleStore store = ArticleStore.open(dir)) {
            assertEquals(Optional.empty(), store.document("talks"), "the column is back, empty");
            assertFalse(store.isStored(Stories.talks().article()));
            assertEquals(StoreResult.REPLACED, store.store(Stories.talks()));
            assertTrue(store.document("talks").isPresent());
            assertEquals(StoreResult.UNCHANGED, store.store(Stories.talks()));
        }
    }
}
