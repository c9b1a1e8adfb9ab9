package attache.clean;

import attache.model.AnalyzedArticle;
import attache.model.Article;
import attache.model.Boilerplate;
import attache.model.BoilerplateKind;
import attache.testing.SharedData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The founding article from ../shared/eval/seed, read in place (never copied into the repo). */
class BoilerplateSeedArticleTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void removes_gold_boilerplate_and_keeps_every_gold_body_sentence() throws IOException {
        JsonNode article = json.readTree(SharedData.require("eval/seed/article.json").toFile());
        JsonNode gold = json.readTree(SharedData.require("eval/seed/gold.json").toFile());
        AnalyzedArticle out = new BoilerplateStripper().apply(AnalyzedArticle.of(toArticle(article)));
        String body = out.body().text();

        for (JsonNode line : gold.path("boilerplate")) {
            assertFalse(body.contains(line.asText()), "still in body: " + line.asText());
        }
        for (JsonNode event : gold.path("events")) {
            String sentence = withoutInlineCredits(event.path("sentence").asText(), gold);
            assertTrue(body.contains(sentence), "body sentence removed: " + sentence);
        }
        for (JsonNode quote : gold.path("quotes")) {
            assertTrue(body.contains(quote.path("start").asText()), "quote removed: " + quote);
        }
    }

    @Test
    void marks_the_closing_yonhap_credit_inline() throws IOException {
        JsonNode article = json.readTree(SharedData.require("eval/seed/article.json").toFile());
        JsonNode gold = json.readTree(SharedData.require("eval/seed/gold.json").toFile());
        AnalyzedArticle out = new BoilerplateStripper().apply(AnalyzedArticle.of(toArticle(article)));

        for (JsonNode inline : gold.path("boilerplate_inline")) {
            assertTrue(out.boilerplate().stream().anyMatch(b -> b.text().equals(inline.asText())
                            && b.kind() == BoilerplateKind.AGENCY_CREDIT),
                    "no agency credit span " + inline.asText());
        }
        assertTrue(out.body().text().endsWith("for each denuclearization measure."), out.body().text());
        for (Boilerplate b : out.boilerplate()) {
            assertEquals(b.span().of(out.text()), b.text());
        }
    }

    /** Gold sentences keep inline credits such as "(Yonhap)", which the body rightly drops. */
    private static String withoutInlineCredits(String sentence, JsonNode gold) {
        String out = sentence;
        for (JsonNode inline : gold.path("boilerplate_inline")) {
            out = out.replace(inline.asText(), "");
        }
        return out.strip();
    }

    private static Article toArticle(JsonNode node) {
        return new Article(node.path("id").asText(), node.path("url").asText(null),
                LocalDate.parse(node.path("published").asText()), node.path("title").asText(null),
                node.path("text").asText(), Path.of("eval/seed/article.json").toString());
    }
}
