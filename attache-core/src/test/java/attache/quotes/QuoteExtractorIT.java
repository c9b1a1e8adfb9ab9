package attache.quotes;

import attache.model.AnalyzedArticle;
import attache.model.Article;
import attache.model.Quote;
import attache.pipeline.Pipeline;
import attache.testing.Models;
import attache.testing.SharedData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quotes through the real pipeline, CoreNLP included. */
class QuoteExtractorIT {

    private static final Pipeline PIPELINE = Models.pipeline();

    private static List<Quote> quotesOf(String id, String text) {
        Article article = new Article(id, null, LocalDate.of(2019, 10, 7), null, text, id);
        AnalyzedArticle doc = PIPELINE.apply(article);
        return doc.quotes();
    }

    /** The quote one of whose parts starts with {@code words}, and its speaker. */
    private static String speakerOfPartStarting(List<Quote> quotes, String text, String words) {
        for (Quote q : quotes) {
            if (q.parts().stream().anyMatch(p -> p.of(text).startsWith(words))) {
                return q.speaker().map(Quote.Speaker::name).orElse("(none)");
            }
        }
        return "(not found)";
    }

    @Test
    void founding_article_quotes_and_speakers() throws IOException {
        Path file = SharedData.require("eval/seed/article.json");
        JsonNode json = new ObjectMapper().readTree(Files.readString(file));
        String text = json.get("text").asText();
        List<Quote> quotes = quotesOf("seed", text);
        // Gold lists the quote after "he said." as a quote of its own, as the default reading does.
        assertEquals("Washington", speakerOfPartStarting(quotes, text, "good"));
        assertEquals("Washington", speakerOfPartStarting(quotes, text, "creative ideas"));
        assertEquals("Lee Do-hoon", speakerOfPartStarting(quotes, text, "I plan to meet with Special"));
        assertEquals("Lee Do-hoon", speakerOfPartStarting(quotes, text, "The two sides also left open"));
        assertEquals("Lee Do-hoon", speakerOfPartStarting(quotes, text, "I understand there are various"));
        assertEquals("Lee Do-hoon", speakerOfPartStarting(quotes, text, "The ensuing process may not be"));
        assertEquals(6, quotes.size());
    }

    @Test
    void own_story_quotes_and_speakers() throws IOException {
        String text;
        try (InputStream in = QuoteExtractorIT.class.getResourceAsStream("/quotes/harbour-story.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Quote> quotes = quotesOf("harbour", text);
        assertEquals("Mara Quist", speakerOfPartStarting(quotes, text, "We have waited"));
        assertEquals("Mara Quist", speakerOfPartStarting(quotes, text, "The islands deserve"));
        assertEquals("Mara Quist", speakerOfPartStarting(quotes, text, "I understand the costs"));
        assertEquals("Mara Quist", speakerOfPartStarting(quotes, text, "but doing nothing"));
        assertTrue(speakerOfPartStarting(quotes, text, "promising").endsWith("Harbour Board"));
        // "… this," Quist told reporters after the meeting. "The islands …" is two quotes of one voice.
        assertEquals(5, quotes.size());
        Quote split = quotes.stream().filter(q -> q.text().startsWith("I understand")).findFirst().orElseThrow();
        assertEquals("she", split.speaker().orElseThrow().mention().of(text));
    }
}
