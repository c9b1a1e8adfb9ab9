package attache.output;

import attache.model.AnalyzedArticle;
import attache.model.Article;
import attache.model.Boilerplate;
import attache.model.BoilerplateKind;
import attache.model.EntityType;
import attache.model.Mention;
import attache.model.Quote;
import attache.model.TextSpan;
import attache.model.TimeExpression;
import attache.model.TimexType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentWriterTest {

    private static final String TEXT = "\"We will talk,\" Ana Silva said on Friday.\n\n(c) 2020 Example Wire";

    private static AnalyzedArticle doc() {
        Article a = new Article("d1", "https://example.org/d1", LocalDate.of(2020, 5, 4), "Talks", TEXT, "d1.json");
        int footer = TEXT.indexOf("(c)");
        int name = TEXT.indexOf("Ana");
        int friday = TEXT.indexOf("Friday");
        return AnalyzedArticle.of(a)
                .withBoilerplate(List.of(new Boilerplate(new TextSpan(footer, TEXT.length()), BoilerplateKind.COPYRIGHT,
                        TEXT.substring(footer))), Optional.empty())
                .withEntities(List.of(new Mention(new TextSpan(name, name + 9), "Ana Silva", EntityType.PERSON, 0,
                        "Ana Silva")))
                .withTimes(List.of(new TimeExpression(new TextSpan(friday, friday + 6), "Friday", TimexType.DATE,
                        "2020-05-01", 0, "weekday")))
                .withQuotes(List.of(new Quote(new TextSpan(1, 13), "We will talk", List.of(new TextSpan(1, 13)),
                        Optional.of(new Quote.Speaker("Ana Silva", new TextSpan(name, name + 9))))));
    }

    @Test
    void writes_the_contract_fields_with_offsets_into_the_text() throws Exception {
        JsonNode d = new ObjectMapper().readTree(new DocumentWriter().toJsonLine(doc()));
        assertEquals("d1", d.get("id").asText());
        assertEquals("2020-05-04", d.get("published").asText());
        assertEquals("\"We will talk,\" Ana Silva said on Friday.", d.get("body").get("text").asText());
        assertEquals("copyright", d.get("boilerplate").get(0).get("kind").asText());
        for (String layer : List.of("boilerplate", "entities", "times", "quotes")) {
            for (JsonNode item : d.get(layer)) {
                assertEquals(item.get("text").asText(), TEXT.substring(item.get("start").asInt(), item.get("end").asInt()),
                        layer);
            }
        }
        JsonNode quote = d.get("quotes").get(0);
        assertEquals("Ana Silva", quote.get("speaker").asText());
        assertEquals(TEXT.indexOf("Ana"), quote.get("speaker_start").asInt());
        assertEquals("2020-05-01", d.get("times").get(0).get("value").asText());
        assertTrue(d.get("events").isArray());
    }

    @Test
    void same_document_gives_same_bytes() {
        DocumentWriter writer = new DocumentWriter();
        assertEquals(writer.toJsonLine(doc()), writer.toJsonLine(doc()));
        assertTrue(!writer.toJsonLine(doc()).contains("\n"));
    }
}
