package attache.events;

import attache.model.Actor;
import attache.model.AnalyzedArticle;
import attache.model.Article;
import attache.model.Dependency;
import attache.model.Event;
import attache.model.Sentence;
import attache.model.Token;
import attache.pipeline.Pipeline;
import attache.testing.Models;
import attache.testing.SharedData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A development tool, not a check: codes every sentence of the PLOVER gold standard and prints, per
 * record, the gold type and actors beside what the coder found, and for a record whose type was
 * missed its dependency parse, so that a miss can be traced to its cause (no frame, no path, no
 * actor). Run it with
 * {@code mvn -B -o verify -pl attache-core -Dit.test=PloverGsrDiagnosticIT -Dplover.diagnose=true}
 * and optionally {@code -Dplover.only=THREATEN} to keep records whose id contains that text, or
 * {@code -Dplover.gold=FILE} for sentences of one's own in the same JSONL shape. The
 * figures themselves come from {@code plover_gsr.py}, which this does not replace.
 */
class PloverGsrDiagnosticIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void prints_gold_beside_coded_events() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("plover.diagnose"), "a development tool: -Dplover.diagnose=true");
        String other = System.getProperty("plover.gold", "");
        Path gold = other.isEmpty() ? SharedData.require("data/plover/plover_gsr_cameo.jsonl") : Path.of(other);
        String only = System.getProperty("plover.only", "");
        Pipeline pipeline = Models.pipeline();
        List<String> lines = Files.readAllLines(gold);
        int shown = 0;
        int missed = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode record = JSON.readTree(line);
            String id = record.path("id").asText();
            if (!id.contains(only)) {
                continue;
            }
            AnalyzedArticle analysed = pipeline.apply(new Article(id, "", LocalDate.parse(record.path("date").asText()),
                    "", record.path("text").asText(), "plover-gsr"));
            String type = record.path("event").asText();
            List<Event> events = analysed.events().stream().filter(e -> !e.negated()).toList();
            boolean found = events.stream().anyMatch(e -> e.type().name().equals(type));
            shown++;
            StringBuilder out = new StringBuilder();
            out.append(found ? "OK " : "XX ").append(id).append(' ').append(type).append(' ')
                    .append(codes(record.path("actor"))).append(" > ").append(codes(record.path("recipient"))).append(" |");
            events.forEach(e -> out.append(' ').append(describe(e)));
            out.append("\n    ").append(record.path("markup").asText()).append('\n');
            if (!found) {
                missed++;
                analysed.sentences().forEach(s -> out.append(parse(s)));
                analysed.actors().forEach(a -> out.append("    actor '").append(a.span().of(analysed.article().text()))
                        .append("' ").append(a.actor().code()).append('\n'));
            }
            System.out.print(out);
        }
        System.out.printf("%d records, %d with the gold type missed%n", shown, missed);
        assertFalse(shown == 0, "no record's id contains '" + only + "'");
    }

    private static String codes(JsonNode actors) {
        TreeSet<String> out = new TreeSet<>();
        actors.forEach(a -> out.add(a.path("code").asText()));
        return out.toString();
    }

    private static String describe(Event e) {
        return e.type() + ":" + e.cameo().code() + ":" + country(e.source().actor()) + ">"
                + e.target().map(t -> country(t.actor())).orElse("-") + ":" + e.modality().name().toLowerCase(Locale.ROOT);
    }

    private static String country(Actor a) {
        return a.country() != null ? a.country() : a.code();
    }

    private static String parse(Sentence s) {
        StringBuilder out = new StringBuilder();
        for (Token t : s.tokens()) {
            List<String> head = new ArrayList<>();
            s.headOf(t.index()).ifPresent(d -> head.add(d.relation() + "<" + (d.governor() == Dependency.ROOT ? "ROOT"
                    : s.tokens().get(d.governor()).text())));
            out.append("      ").append(t.index()).append(' ').append(t.text()).append('/').append(t.lemma()).append('/')
                    .append(t.pos()).append(' ').append(String.join(",", head)).append('\n');
        }
        return out.toString();
    }
}
