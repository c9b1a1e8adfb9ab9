package attache.clean;

import attache.ingest.HtmlArticleReader;
import attache.ingest.InputException;
import attache.model.Article;
import attache.model.BodyText;
import attache.testing.SharedData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regression bar on the Zyte article-extraction-benchmark (181 news pages, hand-checked bodies),
 * scored with the benchmark's own metric. Skipped when ../shared is absent. Writes the bodies to
 * target/extraction-benchmark.json, which {@code extraction.py score --reference} also accepts.
 */
class ExtractionBenchmarkTest {

    private static final LocalDate FALLBACK = LocalDate.of(2000, 1, 1);
    private static final double MIN_F1 = 0.95;

    private final ObjectMapper json = new ObjectMapper();
    private final HtmlArticleReader reader = new HtmlArticleReader();

    @Test
    void body_text_scores_near_the_published_extractors() throws IOException {
        Path data = SharedData.require("data/article-extraction-benchmark");
        JsonNode gold = json.readTree(data.resolve("ground-truth.json").toFile());
        ShingleMetric metric = new ShingleMetric();
        ObjectNode output = json.createObjectNode();
        StringBuilder perPage = new StringBuilder("id\tprecision\trecall\n");
        int dated = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> page = it.next();
            byte[] html = gunzip(data.resolve("html").resolve(page.getKey() + ".html.gz"));
            Article article = readWithFallback(html, page.getKey());
            if (article != null && !article.published().equals(FALLBACK)) {
                dated++;
            }
            String body = article == null ? "" : BodyText.of(article.text(), article.layout()).text();
            output.putObject(page.getKey()).put("articleBody", body);
            double[] pr = metric.add(page.getValue().get("articleBody").asText(), body);
            perPage.append(page.getKey()).append('\t').append(pr[0]).append('\t').append(pr[1]).append('\n');
        }
        Files.createDirectories(Path.of("target"));
        json.writeValue(Path.of("target", "extraction-benchmark.json").toFile(), output);
        Files.writeString(Path.of("target", "extraction-benchmark.tsv"), perPage);
        System.out.printf("article body F1 %.3f (P %.3f R %.3f), accuracy %.3f; date found in %d of %d pages%n",
                metric.f1(), metric.precision(), metric.recall(), metric.accuracy(), dated, gold.size());
        assertEquals(181, gold.size());
        assertTrue(metric.f1() >= MIN_F1, "F1 " + metric.f1() + " below " + MIN_F1);
    }

    /** The article, with the fallback date only when the page has none; null when it has no text. */
    private Article readWithFallback(byte[] html, String id) {
        try {
            return reader.read(html, id, id, null);
        } catch (InputException e) {
            if (!e.reason().startsWith("no publication date")) {
                return null;
            }
        }
        try {
            return reader.read(html, id, id, FALLBACK);
        } catch (InputException noText) {
            return null;
        }
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }
}
