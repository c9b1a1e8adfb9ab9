package attache.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExporterTest {

    private final List<ExportEvent> events = List.of(ExportStories.singleTalks(1, "2019-10-05", true),
            ExportStories.singleTalks(2, "2019", false));

    @Test
    void writes_each_format_to_a_file_in_new_folders(@TempDir Path dir) throws IOException {
        Exporter exporter = new Exporter();
        for (ExportFormat format : List.of(ExportFormat.GDELT, ExportFormat.GDELT_MENTIONS, ExportFormat.PLOVER,
                ExportFormat.CSV)) {
            Path out = dir.resolve("sub").resolve(format.cliName() + ".out");
            exporter.write(format, events, out);
            List<String> lines = Files.readAllLines(out);
            assertEquals(format == ExportFormat.CSV ? 3 : 2, lines.size(), format.name());
        }
        assertTrue(Files.readString(dir.resolve("sub/gdelt.out")).lines()
                .allMatch(l -> l.split("\t", -1).length == GdeltEventsWriter.COLUMNS));
    }

    @Test
    void refuses_parquet_which_the_store_writes(@TempDir Path dir) {
        assertThrows(UnsupportedOperationException.class,
                () -> new Exporter().write(ExportFormat.PARQUET, events, dir.resolve("x.parquet")));
    }

    @Test
    void parses_command_line_names() {
        assertEquals(Optional.of(ExportFormat.GDELT_MENTIONS), ExportFormat.parse("gdelt-mentions"));
        assertEquals(Optional.of(ExportFormat.PLOVER), ExportFormat.parse("PLOVER"));
        assertEquals(Optional.empty(), ExportFormat.parse("xml"));
    }

    @Test
    void the_same_events_give_the_same_bytes(@TempDir Path dir) throws IOException {
        Exporter exporter = new Exporter();
        exporter.write(ExportFormat.PLOVER, events, dir.resolve("a"));
        exporter.write(ExportFormat.PLOVER, events, dir.resolve("b"));
        assertEquals(Files.readString(dir.resolve("a")), Files.readString(dir.resolve("b")));
    }
}
