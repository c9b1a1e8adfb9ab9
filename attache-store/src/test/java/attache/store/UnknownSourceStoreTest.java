package attache.store;

import attache.model.Actor;
import attache.model.AnalyzedArticle;
import attache.model.EntityType;
import attache.model.Modality;
import attache.model.Plover;
import attache.store.testing.StoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static attache.store.testing.StoryBuilder.actor;
import static attache.store.testing.StoryBuilder.cameo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Violence whose doer the text does not name is coded with an unidentified party (sector UAF, no
 * country unless the event's place gives one, its rule starting "unknown:"; docs/ontology.md): the
 * store keeps it, finds it by its code and gives the document back with its mark.
 */
class UnknownSourceStoreTest {

    @TempDir
    Path dir;

    private static final Actor UNPLACED = new Actor("unidentified armed group", null, null, "UAF", null,
            "unknown:means");
    private static final Actor PLACED = new Actor("unidentified armed group", "IRQ", null, "UAF", null,
            "unknown:means+context:place");

    @Test
    void events_with_an_unidentified_source_are_stored_queried_and_merged() {
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            ArticleStore store = kb.store();
            kb.store(story("blast-1", "A roadside bomb killed two Iraqi soldiers in Mosul on Friday.", PLACED));
            kb.store(story("blast-2", "A roadside bomb killed two Iraqi soldiers in Mosul on Friday, police said.",
                    PLACED));
            kb.store(story("blast-3", "A roadside bomb killed two Iraqi soldiers on Friday.", UNPLACED));
            List<EventRow> rows = store.events(EventQuery.ALL);
            assertEquals(3, rows.size());
            assertEquals(List.of("IRQUAF", "IRQUAF", "UAF"), rows.stream().map(EventRow::sourceCode).sorted().toList());
            assertEquals(2, store.events(EventQuery.ALL.withSource("IRQUAF")).size());
            assertEquals(1, store.events(EventQuery.ALL.withSource("UAF")).size());
            assertTrue(store.document("blast-3").orElseThrow().contains("\"unknown:means\""));
            // the two placed reports are one event; the unplaced one is another party's
            assertEquals(2, kb.mergeEvents());
        }
    }

    private static AnalyzedArticle story(String id, String text, Actor source) {
        StoryBuilder b = StoryBuilder.article(id, "https://example-news.org/" + id, "2021-03-13", text);
        Actor soldiers = actor("Iraqi soldiers", "IRQ", "MIL");
        return b.entity("Iraqi", EntityType.MISC, soldiers)
                .event("roadside bomb", source, "two Iraqi soldiers", soldiers, cameo("1833", 4, -10.0, Plover.ASSAULT),
                        "2021-03-12", text.contains("Mosul") ? "Mosul" : null, false, Modality.ASSERTED, "killed", text)
                .build();
    }
}
