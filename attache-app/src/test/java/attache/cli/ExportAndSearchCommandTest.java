package attache.cli;

import attache.store.KnowledgeBase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code attache export} and {@code attache search} on a store of hand-built articles (no model). */
class ExportAndSearchCommandTest {

    @TempDir
    Path dir;

    private Path db;

    @BeforeEach
    void store() {
        db = dir.resolve("db");
        try (KnowledgeBase kb = KnowledgeBase.open(db)) {
            kb.store(WireCopies.wire());
            kb.store(WireCopies.reprint());
            kb.store(WireCopies.ownReport());
            kb.mergeEvents();
        }
    }

    @Test
    void every_gdelt_row_has_61_tab_separated_fields_and_the_merged_counts() throws IOException {
        List<String> rows = export("gdelt");
        assertEquals(1, rows.size());
        String[] fields = rows.get(0).split("\t", -1);
        assertEquals(61, fields.length);
        assertEquals("057", fields[26]); // EventCode
        assertEquals(List.of("3", "3", "3"), List.of(fields[31], fields[32], fields[33])); // mentions, sources, articles
        assertEquals("https://andes-wire.example.com/2021/03/accord", fields[60]);
    }

    @Test
    void gdelt_mentions_have_one_row_of_16_fields_per_mention_of_every_member() throws IOException {
        List<String> rows = export("gdelt-mentions");
        assertEquals(3, rows.size());
        rows.forEach(r -> assertEquals(16, r.split("\t", -1).length, r));
    }

    @Test
    void plover_lines_parse_as_json_with_every_member_as_evidence() throws IOException {
        List<String> lines = export("plover");
        assertEquals(1, lines.size());
        JsonNode event = new ObjectMapper().readTree(lines.get(0));
        assertEquals("AGREE", event.get("event").get(0).asText());
        assertEquals(3, event.get("evidence").size());
        assertEquals(3, event.get("num_sources").asInt());
    }

    @Test
    void csv_has_a_header_and_one_row_per_merged_event() throws IOException {
        List<String> lines = export("csv");
        assertTrue(lines.get(0).startsWith("id,date,date_precision,"), lines.get(0));
        assertEquals(2, lines.size());
    }

    @Test
    void an_actor_or_date_filter_leaves_out_the_events_it_does_not_match() throws IOException {
        assertEquals(0, export("gdelt", "--actor", "USA").size());
        assertEquals(0, export("gdelt", "--from", "2021-03-10").size());
        assertEquals(1, export("gdelt", "--actor", "PER", "--to", "2021-03-09").size());
    }

    @Test
    void parquet_is_written_by_duckdb_with_one_row_per_merged_event() throws Exception {
        Path out = dir.resolve("events.parquet");
        CliRun run = CliRun.of("export", "--db", db.toString(), "--format", "parquet", "--out", out.toString());
        assertEquals(0, run.exit(), run.stderr());
        try (Connection c = new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:", new java.util.Properties());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*), min(num_sources), min(len(event_ids)), min(source_url)"
                     + " FROM read_parquet('" + out + "')")) {
            rs.next();
            assertEquals(List.of(1L, 3L, 3L, "https://andes-wire.example.com/2021/03/accord"),
                    List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4)));
        }
    }

    @Test
    void search_finds_a_quote_by_its_speaker() {
        CliRun run = CliRun.of("search", "--db", db.toString(), "--format", "json", "speaker:quispe");
        assertEquals(0, run.exit(), run.stderr());
        List<String> lines = run.stdout().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(3, lines.size(), run.stdout());
        assertTrue(lines.stream().allMatch(l -> l.contains("\"kind\":\"quote\"")), run.stdout());
        assertTrue(run.stdout().contains("It took patience"), run.stdout());
    }

    @Test
    void search_filters_by_actor_and_date() {
        CliRun run = CliRun.of("search", "--db", db.toString(), "--format", "json", "--actor", "CHL",
                "--from", "2021-03-10", "fishing");
        assertEquals(0, run.exit(), run.stderr());
        assertEquals(1, run.stdout().lines().filter(l -> !l.isBlank()).count(), run.stdout());
        assertTrue(run.stdout().contains("coastal-times-accord"), run.stdout());
    }

    @Test
    void search_without_an_index_says_so() {
        CliRun run = CliRun.of("search", "--db", dir.resolve("nothing").toString(), "accord");
        assertEquals(2, run.exit());
        assertTrue(run.stderr().contains("no search index"), run.stderr());
    }

    private List<String> export(String format, String... filters) throws IOException {
        Path out = dir.resolve("out." + format);
        List<String> args = new java.util.ArrayList<>(List.of("export", "--db", db.toString(), "--format", format,
                "--out", out.toString()));
        args.addAll(List.of(filters));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exit(), run.stderr());
        return Files.readAllLines(out).stream().filter(l -> !l.isEmpty()).toList();
    }
}
