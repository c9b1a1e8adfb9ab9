package attache.claims;

import attache.ingest.IngestResult;
import attache.ingest.JsonArticleReader;
import attache.model.AnalyzedArticle;
import attache.pipeline.Pipeline;
import attache.testing.Models;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole pipeline on the claims evaluation set ({@code claims-eval/}: 32 articles written for the
 * project, gold written before the reader ran on them): prints precision, recall and F1 of claims,
 * positions and account relations, and the assessment accuracy of matched claims. The floors below
 * are regression guards set under the first measured figures, not targets.
 */
class ClaimsEvaluationIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void scores_the_evaluation_set() throws IOException {
        Map<String, JsonNode> gold = new HashMap<>();
        for (JsonNode g : MAPPER.readTree(resource("/claims-eval/gold.json"))) {
            gold.put(g.get("id").asText(), g);
        }
        Pipeline pipeline = Models.pipeline();
        JsonArticleReader reader = new JsonArticleReader(Optional.of(LocalDate.of(2020, 1, 1)), 100_000);
        ClaimScorer scorer = new ClaimScorer();
        String[] lines = resource("/claims-eval/articles.jsonl").split("\n");
        for (int i = 0; i < lines.length; i++) {
            IngestResult r = reader.readLine(lines[i], "articles.jsonl", i + 1, "claims-eval");
            AnalyzedArticle doc = pipeline.apply(((IngestResult.Parsed) r).article());
            scorer.score(doc, gold.get(doc.article().id()));
        }
        assertEquals(gold.size(), lines.length, "every article has its gold");
        System.out.println("claims-eval (" + lines.length + " articles)");
        System.out.println("  claims     " + scorer.claims);
        System.out.println("  assessment " + String.format(java.util.Locale.ROOT, "%.2f (%d/%d matched claims)",
                scorer.assessed == 0 ? 0.0 : (double) scorer.assessedRight / scorer.assessed, scorer.assessedRight,
                scorer.assessed));
        System.out.println("  positions  " + scorer.positions);
        System.out.println("  relations  " + scorer.relations);
        assertTrue(scorer.claims.precision() >= 0.5, "claim precision " + scorer.claims);
        assertTrue(scorer.claims.recall() >= 0.4, "claim recall " + scorer.claims);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ClaimsEvaluationIT.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
