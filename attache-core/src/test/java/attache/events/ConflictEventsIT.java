package attache.events;

import attache.model.AnalyzedArticle;
import attache.model.Article;
import attache.model.Event;
import attache.pipeline.Pipeline;
import attache.testing.Models;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The conflictual families of the event coder (CAMEO roots 09-20, appeals 02) on sentences of our own
 * through the real pipeline: each line of {@code events/conflict-sentences.tsv} names a PLOVER type
 * the sentence must yield, or with "NOT-" one it must not (a background act).
 */
class ConflictEventsIT {

    @TestFactory
    List<DynamicTest> each_sentence_yields_its_type() throws IOException {
        Pipeline pipeline = Models.pipeline();
        List<DynamicTest> tests = new ArrayList<>();
        int line = 0;
        for (String row : rows()) {
            line++;
            if (row.isBlank() || row.startsWith("#")) {
                continue;
            }
            String[] cols = row.split("\t", 2);
            String want = cols[0];
            String text = cols[1];
            String id = "line-" + line;
            tests.add(DynamicTest.dynamicTest(want + ": " + text, () -> {
                AnalyzedArticle a = pipeline.apply(new Article(id, "", LocalDate.of(2021, 3, 15), "", text, "test",
                        List.of()));
                List<String> found = a.events().stream().filter(e -> !e.negated()).map(ConflictEventsIT::describe).toList();
                if (want.startsWith("NOT-")) {
                    String type = want.substring(4);
                    assertFalse(found.stream().anyMatch(f -> f.startsWith(type + ":")), found.toString());
                } else {
                    assertTrue(found.stream().anyMatch(f -> f.startsWith(want + ":")), found.toString());
                }
            }));
        }
        return tests;
    }

    private static String describe(Event e) {
        return e.type() + ":" + e.cameo().code() + ":" + e.source().actor().code() + ">"
                + e.target().map(t -> t.actor().code()).orElse("-");
    }

    private static List<String> rows() throws IOException {
        try (InputStream in = ConflictEventsIT.class.getResourceAsStream("/events/conflict-sentences.tsv")) {
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        }
    }
}
