package attache.export;

import attache.testing.SharedData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PloverWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Fields of one kind from the committed list. */
    private static Set<String> committed(String... kinds) throws IOException {
        try (InputStream in = PloverWriterTest.class.getResourceAsStream("/export/plover-fields.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Set<String> wanted = Set.of(kinds);
            Set<String> out = new HashSet<>();
            text.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t"))
                    .filter(c -> wanted.contains(c[0])).forEach(c -> out.add(c[1]));
            return out;
        }
    }

    private static List<JsonNode> lines(List<ExportEvent> events) throws IOException {
        StringWriter out = new StringWriter();
        new PloverWriter().write(events, out);
        List<JsonNode> nodes = new java.util.ArrayList<>();
        for (String line : out.toString().lines().toList()) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    private static List<ExportEvent> sample() {
        return List.of(ExportStories.singleTalks(1, "2019-10-05", true), ExportStories.singleTalks(2, "2019-10", false));
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> out = new HashSet<>();
        Iterator<String> names = node.fieldNames();
        names.forEachRemaining(out::add);
        return out;
    }

    /** Every required field present, no field outside the allowed set, actors with known fields only. */
    private static void validate(JsonNode record, Set<String> required, Set<String> allowed, Set<String> actorFields) {
        assertTrue(keys(record).containsAll(required), "missing required in " + record);
        Set<String> unknown = new HashSet<>(keys(record));
        unknown.removeAll(allowed);
        assertTrue(unknown.isEmpty(), "unknown fields " + unknown);
        assertTrue(record.get("actor").isArray() && record.get("actor").size() > 0);
        assertTrue(record.get("event").isArray());
        for (String list : List.of("actor", "recipient")) {
            for (JsonNode actor : record.get(list)) {
                assertTrue(actorFields.containsAll(keys(actor)), "actor fields " + keys(actor));
            }
        }
    }

    @Test
    void every_line_validates_against_the_committed_field_list() throws IOException {
        Set<String> allowed = committed("required", "optional", "extra");
        for (JsonNode record : lines(sample())) {
            validate(record, committed("required"), allowed, committed("actor"));
        }
    }

    @Test
    void every_line_validates_against_the_fields_of_the_shared_plover_doc() throws IOException {
        String doc = Files.readString(SharedData.require("data/plover/FIELDS.md"));
        Set<String> required = backticked(line(doc, "Required:"));
        Set<String> allowed = new HashSet<>(required);
        allowed.addAll(backticked(line(doc, "Optional:")));
        assertTrue(required.containsAll(Set.of("id", "date", "actor", "event")), required.toString());
        allowed.addAll(committed("extra"));
        for (JsonNode record : lines(sample())) {
            validate(record, required, allowed, committed("actor"));
        }
    }

    @Test
    void the_committed_list_matches_the_shared_doc() throws IOException {
        String doc = Files.readString(SharedData.require("data/plover/FIELDS.md"));
        assertEquals(backticked(line(doc, "Required:")), committed("required"));
        assertEquals(backticked(line(doc, "Optional:")), committed("optional"));
    }

    @Test
    void the_record_keeps_the_real_date_precision_and_the_extras() throws IOException {
        JsonNode month = lines(sample()).get(1);
        assertEquals("2019-10-01", month.get("date").asText());
        assertEquals("2019-10", month.get("date_value").asText());
        assertEquals("month", month.get("date_precision").asText());
        assertEquals("CONSULT", month.get("event").get(0).asText());
        assertEquals("meet", month.get("mode").asText());
        assertEquals(0, month.get("recipient").size());
        assertEquals("asserted", month.get("modality").asText());
        assertEquals(false, month.get("negated").asBoolean());
        assertEquals("resumed", month.get("event_text").asText());
        JsonNode actor = month.get("actor").get(0);
        assertEquals("PRK", actor.get("code").asText());
        assertEquals("GOV", actor.get("sector").asText());
        assertEquals("North Korea", actor.get("entity_text").asText());
        assertEquals(1, month.get("evidence").size());
    }

    private static String line(String doc, String marker) {
        return doc.lines().filter(l -> l.contains(marker)).findFirst().orElseThrow();
    }

    /** The backticked names of a line, leaving out those inside parentheses (an actor's fields). */
    private static Set<String> backticked(String line) {
        String outside = line.replaceAll("\\([^()]*\\)", "");
        Set<String> out = new HashSet<>();
        Matcher m = Pattern.compile("`([a-z_]+)`").matcher(outside);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
