package attache.time;

import attache.ingest.IngestResult;
import attache.ingest.JsonArticleReader;
import attache.model.AnalyzedArticle;
import attache.model.TimeExpression;
import attache.pipeline.Pipeline;
import attache.pipeline.StandardPipeline;
import attache.testing.Models;
import attache.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The time stage behind the real CoreNLP pipeline. */
class TimeResolverIT {

    private final Pipeline pipeline = Models.pipeline();

    @Test
    void resolves_the_times_of_a_story_of_our_own() throws IOException {
        String json;
        try (InputStream in = TimeResolverIT.class.getResourceAsStream("/time/rail-strike.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> values = values(analyse(json, "rail-strike"));
        // Published Tuesday 2021-06-15.
        assertEquals("2021-06-12", values.get("Saturday"));
        assertEquals("2021-W23-WE", values.get("the weekend"));
        assertEquals("2021-06-15", values.get("Tuesday"));
        assertEquals("2021-W23", values.get("last week"));
        assertEquals("2021-06-18", values.get("Friday"));
        assertEquals("P3W", values.get("three weeks"));
        assertEquals("2021-03", values.get("March"));
        assertEquals("P2D", values.get("two days"));
        assertEquals("1981", values.get("40 years ago"));
    }

    @Test
    void resolves_the_times_of_the_founding_article() throws IOException {
        Path article = SharedData.require("eval/seed/article.json");
        Map<String, String> values = values(analyse(Files.readString(article), "seed"));
        assertEquals("2019-W40", values.get("last week"));
        assertEquals("2019-10-07", values.get("Monday"));
        assertEquals("2019-10-05", values.get("Saturday"));
        assertEquals("2019-W40-WE", values.get("the weekend"));
        assertEquals("2019-W40-WE", values.get("The weekend"));
        assertEquals("P2W", values.get("two weeks"));
        assertEquals("2019-10-10", values.get("Thursday"));
        assertEquals("2019-02", values.get("February"));
        assertEquals("PRESENT_REF", values.get("at the moment"));
    }

    private AnalyzedArticle analyse(String json, String id) {
        IngestResult read = new JsonArticleReader(Optional.empty(), 1_000_000).readDocument(json, id, id).get(0);
        return pipeline.apply(((IngestResult.Parsed) read).article());
    }

    private static Map<String, String> values(AnalyzedArticle doc) {
        Map<String, String> values = new LinkedHashMap<>();
        for (TimeExpression t : doc.times()) {
            values.putIfAbsent(t.text(), t.value());
        }
        return values;
    }
}
