package attache.search;

import attache.model.Actor;
import attache.model.ActorMention;
import attache.model.AnalyzedArticle;
import attache.model.Article;
import attache.model.CameoCode;
import attache.model.Event;
import attache.model.EventDate;
import attache.model.Modality;
import attache.model.Participant;
import attache.model.Plover;
import attache.model.Quote;
import attache.model.Sentence;
import attache.model.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchIndexTest {

    private static final String TALKS = "North Korea and the United States resumed nuclear talks in Stockholm."
            + " \"We are ready to negotiate,\" said Kim Myong-gil. The weather in Sweden was cold.";
    private static final String STRIKE = "Israel struck targets in Gaza on Monday."
            + " \"This will not stand,\" said a Hamas spokesman.";

    @TempDir
    Path dir;

    private static TextSpan span(String text, String words) {
        int start = text.indexOf(words);
        return new TextSpan(start, start + words.length());
    }

    /** An article split into sentences at ". " with one quote, actors and one event, all by hand. */
    private static AnalyzedArticle article(String id, String date, String text, String quote, String speaker,
                                           Actor source, String sourceWords, Plover type, String cameo) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (String part : text.split("(?<=\\.) ")) {
            int at = text.indexOf(part, start);
            sentences.add(new Sentence(sentences.size(), new TextSpan(at, at + part.length()), List.of(), List.of()));
            start = at + part.length();
        }
        TextSpan q = span(text, quote);
        Quote.Speaker who = new Quote.Speaker(speaker, span(text, speaker));
        TextSpan src = span(text, sourceWords);
        ActorMention mention = new ActorMention(src, sourceWords, 0, -1, source, Optional.empty());
        CameoCode code = new CameoCode(cameo, "test", 1, 1.0, Optional.of(type), Optional.empty());
        Event event = new Event(new Participant(source, src), Optional.empty(), type, Optional.empty(), code,
                new EventDate(date, null, null, EventDate.Source.PUBLICATION), Optional.empty(), false,
                Modality.ASSERTED, Optional.empty(), 0, src, List.of(sentences.get(0).span()), "test:1", 0.9);
        Article a = new Article(id, "https://news.example/" + id, LocalDate.parse(date), "Headline " + id, text, id);
        return AnalyzedArticle.of(a).withLanguage(sentences, List.of(), List.of())
                .withQuotes(List.of(new Quote(q, quote, List.of(q), Optional.of(who))))
                .withActors(List.of(mention)).withEvents(List.of(event));
    }

    private static AnalyzedArticle talks(String id, String date) {
        return article(id, date, TALKS, "We are ready to negotiate,", "Kim Myong-gil",
                new Actor("North Korea", "PRK", null, "GOV", null, "t"), "North Korea", Plover.CONSULT, "046");
    }

    private static AnalyzedArticle strike(String id, String date) {
        return article(id, date, STRIKE, "This will not stand,", "a Hamas spokesman",
                new Actor("Israel", "ISR", null, "MIL", null, "t"), "Israel", Plover.ASSAULT, "190");
    }

    @Test
    void finds_the_body_and_gives_the_matching_sentence_as_snippet() throws IOException {
        try (SearchIndex index = new SearchIndex(dir)) {
            index.put(talks("a1", "2019-10-05"));
            index.put(strike("b1", "2019-10-07"));
            List<Hit> hits = index.search("weather", SearchFilter.none(), 10);
            assertEquals(1, hits.size());
            assertEquals("a1", hits.get(0).articleId());
            assertEquals("body", hits.get(0).kind());
            assertEquals("The weather in Sweden was cold.", hits.get(0).snippet());
        }
    }

    @Test
    void stemming_matches_other_forms_of_a_word_in_quote_and_body() throws IOException {
        try (SearchIndex index = new SearchIndex(dir)) {
            index.put(talks("a1", "2019-10-05"));
            List<Hit> hits = index.search("negotiating", SearchFilter.none(), 10);
            assertEquals(List.of("quote", "body"), hits.stream().map(Hit::kind).toList());
            assertEquals("We are ready to negotiate,", hits.get(0).snippet());
            assertEquals("\"We are ready to negotiate,\" said Kim Myong-gil.", hits.get(1).snippet());
        }
    }

    @Test
    void quotes_are_found_by_speaker() throws IOException {
        try (SearchIndex index = new SearchIndex(dir)) {
            index.put(talks("a1", "2019-10-05"));
            index.put(strike("b1", "2019-10-07"));
            List<Hit> hits = index.search("speaker:hamas", SearchFilter.none(), 10);
            assertEquals(1, hits.size());
            assertEquals("b1", hits.get(0).articleId());
            assertEquals("This will not stand,", hits.get(0).snippet());
        }
    }

    @Test
    void filters_by_actor_code_or_country_type_and_date() throws IOException {
        try (SearchIndex index = new SearchIndex(dir)) {
            index.put(talks("a1", "2019-10-05"));
            index.put(strike("b1", "2019-10-07"));
            assertEquals(List.of("a1", "a1"), ids(index.search("", SearchFilter.none().withActor("prk"), 10)));
            assertEquals(List.of("a1", "a1"), ids(index.search("", SearchFilter.none().withActor("PRKGOV"), 10)));
            assertEquals(List.of("b1", "b1"), ids(index.search("", SearchFilter.none().withType("assault"), 10)));
            assertEquals(List.of("b1", "b1"), ids(index.search("", SearchFilter.none().withType("19"), 10)));
            SearchFilter early = SearchFilter.none().between(LocalDate.parse("2019-10-01"), LocalDate.parse("2019-10-05"));
            assertEquals(List.of("a1", "a1"), ids(index.search("", early, 10)));
            SearchFilter later = SearchFilter.none().between(LocalDate.parse("2019-10-06"), null);
            assertEquals(List.of("b1", "b1"), ids(index.search("", later, 10)));
        }
    }

    @Test
    void ties_are_ordered_by_article_id_then_body_before_quotes() throws IOException {
        try (SearchIndex index = new SearchIndex(dir)) {
            index.put(talks("c", "2019-10-05"));
            index.put(talks("a", "2019-10-05"));
            index.put(talks("b", "2019-10-05"));
            assertEquals(List.of("a", "b", "c"), ids(index.search("Stockholm", SearchFilter.none(), 10)));
            List<Hit> all = index.search("", SearchFilter.none(), 10);
            assertEquals(List.of("a", "a", "b", "b", "c", "c"), ids(all));
            assertEquals(List.of("body", "quote"), all.subList(0, 2).stream().map(Hit::kind).toList());
        }
    }

    @Test
    void put_replaces_and_delete_removes_an_articles_documents() throws IOException {
        try (SearchIndex index = new SearchIndex(dir)) {
            index.put(talks("a1", "2019-10-05"));
            index.put(talks("a1", "2019-10-05"));
            assertEquals(2, index.documentCount());
            index.put(strike("a1", "2019-10-07"));
            assertEquals(2, index.documentCount());
            assertTrue(index.search("Stockholm", SearchFilter.none(), 10).isEmpty());
            index.delete("a1");
            assertFalse(index.contains("a1"));
            assertEquals(0, index.documentCount());
        }
    }

    @Test
    void committed_documents_survive_reopening() throws IOException {
        try (SearchIndex index = new SearchIndex(dir)) {
            index.put(talks("a1", "2019-10-05"));
            index.commit();
        }
        try (SearchIndex index = new SearchIndex(dir)) {
            assertTrue(index.contains("a1"));
            assertEquals(1, index.search("Stockholm", SearchFilter.none(), 10).size());
        }
    }

    @Test
    void an_unparseable_query_is_searched_as_words() throws IOException {
        try (SearchIndex index = new SearchIndex(dir)) {
            index.put(talks("a1", "2019-10-05"));
            assertEquals(List.of("a1"), ids(index.search("Stockholm AND (", SearchFilter.none(), 10)));
        }
    }

    @Test
    void limit_caps_the_hits() throws IOException {
        try (SearchIndex index = new SearchIndex(dir)) {
            index.put(talks("a", "2019-10-05"));
            index.put(talks("b", "2019-10-05"));
            assertEquals(List.of("a"), ids(index.search("Stockholm", SearchFilter.none(), 1)));
            assertTrue(index.search("Stockholm", SearchFilter.none(), 0).isEmpty());
        }
    }

    private static List<String> ids(List<Hit> hits) {
        return hits.stream().map(Hit::articleId).toList();
    }
}
