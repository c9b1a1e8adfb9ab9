package attache.cli;

import attache.model.Actor;
import attache.model.ActorMention;
import attache.model.AnalyzedArticle;
import attache.model.Article;
import attache.model.CameoCode;
import attache.model.EntityType;
import attache.model.Event;
import attache.model.EventDate;
import attache.model.Mention;
import attache.model.Modality;
import attache.model.Participant;
import attache.model.Plover;
import attache.model.Quote;
import attache.model.Sentence;
import attache.model.TextSpan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One wire story, in our own words, as two outlets ran it (other headline, byline and footer), and a
 * story on the same accord written separately, analysed by hand so that no model is needed.
 */
final class WireCopies {

    static final Actor CHILE = new Actor("Chile", "CHL", null, "GOV", null, "test:Chile");
    static final Actor PERU = new Actor("Peru", "PER", null, "GOV", null, "test:Peru");

    private static final String BODY = "Chile and Peru signed an accord on Tuesday to patrol their shared fishing"
            + " grounds together, ending two years of quarrels over boats seized at sea. Under the deal, coast guard"
            + " ships from both countries will sail joint routes every month and file their catch reports with one"
            + " office in the port of Arica. Fishermen's unions on both sides of the border welcomed the agreement"
            + " but said they still needed help with the price of fuel. Officials said the first joint patrol would"
            + " leave port in April. \"Neighbours can settle their quarrels without going to court,\" said Marta"
            + " Quispe, Peru's foreign minister.";

    private WireCopies() {
    }

    /** The wire's own copy. */
    static AnalyzedArticle wire() {
        return analysed("andes-wire-accord", "https://andes-wire.example.com/2021/03/accord", "2021-03-09",
                "LIMA, March 9 (Andes Wire) -- " + BODY);
    }

    /** A newspaper's copy of the wire story: another byline and a footer. */
    static AnalyzedArticle reprint() {
        return analysed("coastal-times-accord", "https://www.coastal-times.example.org/news/fishing-accord",
                "2021-03-10", "By Staff Reporters. " + BODY + " Copyright 2021 Coastal Times. All rights reserved.");
    }

    /** The same accord told by another reporter in other words: another story, the same event. */
    static AnalyzedArticle ownReport() {
        return analysed("harbour-post-accord", "https://harbour-post.example.net/accord", "2021-03-10",
                "Chile and Peru signed an accord on Tuesday. The two navies will now share the watch over the"
                        + " anchovy shoals, a deal long sought by trawler crews in Ilo and Iquique. \"It took patience,\""
                        + " said Marta Quispe.");
    }

    private static AnalyzedArticle analysed(String id, String url, String published, String text) {
        Article article = new Article(id, url, LocalDate.parse(published), "Accord on " + id, text, "test:" + id);
        List<Sentence> sentences = sentences(text);
        TextSpan chile = span(text, "Chile");
        TextSpan peru = span(text, "Peru");
        Sentence lead = sentences.stream().filter(s -> s.span().contains(chile)).findFirst().orElseThrow();
        TextSpan sentence = lead.span();
        int n = lead.index();
        List<Mention> entities = List.of(new Mention(chile, "Chile", EntityType.LOCATION, n, "Chile"),
                new Mention(peru, "Peru", EntityType.LOCATION, n, "Peru"));
        List<ActorMention> actors = List.of(new ActorMention(chile, "Chile", n, -1, CHILE, Optional.empty()),
                new ActorMention(peru, "Peru", n, -1, PERU, Optional.empty()));
        CameoCode sign = new CameoCode("057", "Sign formal agreement", 1, 8.0, Optional.of(Plover.AGREE),
                Optional.empty());
        Event accord = new Event(new Participant(CHILE, chile), Optional.of(new Participant(PERU, peru)), Plover.AGREE,
                Optional.empty(), sign, new EventDate("2021-03-09", "Tuesday", span(text, "Tuesday"),
                EventDate.Source.TEXT), Optional.empty(), false, Modality.ASSERTED, Optional.empty(), n,
                span(text, "signed"), List.of(sentence), "test:1", 0.8);
        return AnalyzedArticle.of(article).withBoilerplate(List.of(), Optional.empty())
                .withLanguage(sentences, entities, List.of()).withEntities(entities).withTimes(List.of())
                .withQuotes(quotes(text)).withActors(actors).withEvents(List.of(accord));
    }

    /** The quote every version has, said by Marta Quispe. */
    private static List<Quote> quotes(String text) {
        int open = text.indexOf('"');
        int close = text.indexOf('"', open + 1);
        TextSpan quote = new TextSpan(open + 1, close);
        return List.of(new Quote(quote, quote.of(text), List.of(quote),
                Optional.of(new Quote.Speaker("Marta Quispe", span(text, "Marta Quispe")))));
    }

    private static TextSpan span(String text, String words) {
        int start = text.indexOf(words);
        if (start < 0) {
            throw new IllegalArgumentException("'" + words + "' is not in the text");
        }
        return new TextSpan(start, start + words.length());
    }

    /** Sentences end at ". " or the end of the text: enough for these stories. */
    private static List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int dot = text.indexOf(". ", start);
            int end = dot < 0 ? text.length() : dot + 1;
            out.add(new Sentence(out.size(), new TextSpan(start, end), List.of(), List.of()));
            start = end + 1;
        }
        return out;
    }
}
