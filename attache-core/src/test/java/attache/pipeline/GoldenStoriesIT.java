package attache.pipeline;

import attache.ingest.IngestResult;
import attache.ingest.JsonArticleReader;
import attache.output.DocumentWriter;
import attache.testing.Models;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The whole pipeline on our own sample stories, compared with reviewed golden documents in
 * {@code src/test/resources/golden/}. Any change in what the pipeline finds shows up here as a diff;
 * after review, {@code -Dgolden.update=true} rewrites the files.
 */
class GoldenStoriesIT {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @TestFactory
    List<DynamicTest> documents_match_their_golden_files() throws IOException {
        Pipeline pipeline = Models.pipeline();
        DocumentWriter writer = new DocumentWriter();
        List<DynamicTest> tests = new ArrayList<>();
        for (IngestResult r : stories()) {
            IngestResult.Parsed parsed = (IngestResult.Parsed) r;
            String id = parsed.article().id();
            tests.add(DynamicTest.dynamicTest(id, () -> {
                JsonNode actual = writer.toTree(pipeline.apply(parsed.article()));
                Path file = GOLDEN.resolve(id + ".json");
                if (Boolean.getBoolean("golden.update")) {
                    Files.createDirectories(GOLDEN);
                    Files.writeString(file, MAPPER.writeValueAsString(actual) + "\n", StandardCharsets.UTF_8);
                }
                if (!Files.exists(file)) {
                    throw new AssertionError("no golden file " + file + "; review the output and write it with"
                            + " -Dgolden.update=true");
                }
                JsonNode expected = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
                assertEquals(MAPPER.writeValueAsString(expected), MAPPER.writeValueAsString(actual), id);
            }));
        }
        return tests;
    }

    private static List<IngestResult> stories() throws IOException {
        try (InputStream in = GoldenStoriesIT.class.getResourceAsStream("/stories/stories.jsonl")) {
            String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            JsonArticleReader reader = new JsonArticleReader(Optional.of(LocalDate.of(2020, 1, 1)), 100_000);
            List<IngestResult> out = new ArrayList<>();
            String[] lines = content.split("\n");
            for (int i = 0; i < lines.length; i++) {
                out.add(reader.readLine(lines[i], "stories.jsonl", i + 1, "story"));
            }
            return out;
        }
    }
}
