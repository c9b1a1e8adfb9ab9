package attache.events;

import attache.model.AnalyzedArticle;
import attache.model.Article;
import attache.model.Event;
import attache.pipeline.Pipeline;
import attache.testing.Models;
import org.junit.jupiter.api.DynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A table of sentences of our own run through the real pipeline (the shared models): each line is a
 * regular expression one of the sentence's non-negated events must match from its start (or, after
 * "NOT ", none may), a TAB, and the sentence. Events are written
 * {@code TYPE:CAMEO:SOURCE>TARGET:SOURCE-RULE}, so "ACCUSE:" asks for any accusation and
 * "ASSAULT:1833:AFGUAF>" for a roadside bombing by an unidentified party. Blank lines and lines
 * starting with # are comments.
 */
final class EventSentences {

    private EventSentences() {
    }

    /** One dynamic test per sentence of the table at {@code resource}. */
    static List<DynamicTest> from(String resource) throws IOException {
        Pipeline pipeline = Models.pipeline();
        List<DynamicTest> tests = new ArrayList<>();
        int line = 0;
        for (String row : rows(resource)) {
            line++;
            if (row.isBlank() || row.startsWith("#")) {
                continue;
            }
            String[] cols = row.split("\t", 2);
            boolean not = cols[0].startsWith("NOT ");
            Pattern want = Pattern.compile(not ? cols[0].substring(4) : cols[0]);
            String text = cols[1];
            String id = "line-" + line;
            tests.add(DynamicTest.dynamicTest(cols[0] + ": " + text, () -> {
                AnalyzedArticle a = pipeline.apply(new Article(id, "", LocalDate.of(2021, 3, 15), "", text, "test",
                        List.of()));
                List<String> found = a.events().stream().filter(e -> !e.negated()).map(EventSentences::describe)
                        .toList();
                boolean any = found.stream().anyMatch(f -> want.matcher(f).lookingAt());
                if (not) {
                    assertFalse(any, found.toString());
                } else {
                    assertTrue(any, found.toString());
                }
            }));
        }
        return tests;
    }

    static String describe(Event e) {
        return e.type() + ":" + e.cameo().code() + ":" + e.source().actor().code() + ">"
                + e.target().map(t -> t.actor().code()).orElse("-") + ":" + e.source().actor().source();
    }

    private static List<String> rows(String resource) throws IOException {
        try (InputStream in = EventSentences.class.getResourceAsStream(resource)) {
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        }
    }
}
