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
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Violence and coercion (CAMEO 17-20) on sentences of our own through the real pipeline: unknown
 * sources, force against civilians or protesters, and the PLOVER type chosen per code. Each line of
 * {@code events/violence-sentences.tsv} is a pattern one of the sentence's events must match (or,
 * after "NOT ", none may), over "TYPE:CAMEO:SOURCE>TARGET:SOURCE-RULE".
 */
class ViolenceEventsIT {

    @TestFactory
    List<DynamicTest> each_sentence_yields_its_event() throws IOException {
        Pipeline pipeline = Models.pipeline();
        List<DynamicTest> tests = new ArrayList<>();
        int line = 0;
        for (String row : rows()) {
            line++;
            if (row.isBlank() || row.startsWith("#")) {
                continue;
            }
            String[] cols = row.split("\t", 2);
            boolean not = cols[0].startsWith("NOT ");
            Pattern want = Pattern.compile(not ? cols[0].substring(4) : cols[0]);
            String text = cols[1];
            String id = "violence-" + line;
            tests.add(DynamicTest.dynamicTest(cols[0] + ": " + text, () -> {
                AnalyzedArticle a = pipeline.apply(new Article(id, "", LocalDate.of(2021, 3, 15), "", text, "test",
                        List.of()));
                List<String> found = a.events().stream().filter(e -> !e.negated()).map(ViolenceEventsIT::describe)
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

    private static List<String> rows() throws IOException {
        try (InputStream in = ViolenceEventsIT.class.getResourceAsStream("/events/violence-sentences.tsv")) {
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        }
    }
}
