package attache.quotes;

import attache.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteExtractorTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    private List<Quote> quotes(ParseFixture story) {
        return extractor.extract(story.parsed(), story.text());
    }

    private static String speaker(Quote q) {
        return q.speaker().map(Quote.Speaker::name).orElse(null);
    }

    @Test
    void joins_quote_split_by_he_said() {
        ParseFixture story = Stories.splitQuote();
        List<Quote> quotes = quotes(story);
        assertEquals(1, quotes.size());
        Quote q = quotes.get(0);
        assertEquals(2, q.parts().size());
        assertEquals("The harvest was poor, but next year will be better.", q.text());
        assertEquals("Mara Quist", speaker(q));
    }

    @Test
    void attribution_that_ends_its_sentence_starts_a_new_quote() {
        List<Quote> quotes = quotes(Stories.quoteAfterFullStop());
        assertEquals(2, quotes.size());
        assertEquals("Next year will be better.", quotes.get(1).text());
        assertEquals("Mara Quist", speaker(quotes.get(1)));
    }

    @Test
    void polnear_reading_joins_across_an_attribution_that_ends_its_sentence() {
        List<Quote> quotes = new QuoteExtractor(QuoteConfig.directOnly())
                .extract(Stories.quoteAfterFullStop().parsed(), Stories.quoteAfterFullStop().text());
        assertEquals(1, quotes.size());
        assertEquals(2, quotes.get(0).parts().size());
    }

    @Test
    void pronoun_speaker_is_credited_through_the_pronoun() {
        ParseFixture story = Stories.splitQuote();
        Quote q = quotes(story).get(0);
        assertEquals("she", q.speaker().orElseThrow().mention().of(story.text()));
    }

    @Test
    void pronoun_speaker_resolves_to_previous_subject_not_object() {
        Quote q = quotes(Stories.pronounAfterTwoPeople()).get(0);
        assertEquals("Ivo Brandt", speaker(q));
    }

    @Test
    void place_describing_something_is_the_speaker_of_a_one_word_quote() {
        List<Quote> quotes = quotes(Stories.placeDescribes());
        assertEquals(1, quotes.size());
        assertEquals("bold", quotes.get(0).text());
        assertEquals("Ottawa", speaker(quotes.get(0)));
    }

    @Test
    void drops_short_scare_quote_nobody_said() {
        assertEquals(List.of(), quotes(Stories.scareQuote()));
    }

    @Test
    void paragraph_that_is_only_a_quote_continues_the_previous_speaker() {
        List<Quote> quotes = quotes(Stories.bareParagraphQuote());
        assertEquals(2, quotes.size());
        assertEquals("Mara Quist", speaker(quotes.get(1)));
    }

    @Test
    void definite_role_noun_resolves_to_the_last_person() {
        ParseFixture story = Stories.roleNoun();
        Quote q = quotes(story).get(0);
        assertEquals("Mara Quist", speaker(q));
        assertEquals("the envoy", q.speaker().orElseThrow().mention().of(story.text()));
    }

    @Test
    void quote_without_any_speech_verb_has_no_speaker() {
        ParseFixture story = new ParseFixture().sentence("\"All of this will pass soon enough.\"",
                "\"|``|-|4|punct All|DT|-|4|nsubj of|IN|-|3|case this|DT|-|1|nmod will|MD|-|4|aux pass|VB|-|-1|root "
                        + "soon|RB|-|4|advmod enough|RB|-|6|advmod .|.|-|4|punct \"|''|-|4|punct");
        List<Quote> quotes = quotes(story);
        assertEquals(1, quotes.size());
        assertTrue(quotes.get(0).speaker().isEmpty());
    }

    @Test
    void direct_only_config_drops_quotes_woven_into_the_sentence() {
        QuoteExtractor directOnly = new QuoteExtractor(QuoteConfig.directOnly());
        ParseFixture story = Stories.placeDescribes();
        assertEquals(List.of(), directOnly.extract(story.parsed(), story.text()));
    }

    @Test
    void name_after_a_dash_is_the_speaker() {
        ParseFixture story = new ParseFixture().sentence("“Nothing will change here.” ― Ana Ruiz",
                "“|``|-|3|punct Nothing|NN|-|3|nsubj will|MD|-|3|aux change|VB|-|-1|root here|RB|-|3|advmod "
                        + ".|.|-|3|punct ”|''|-|3|punct ―|:|-|3|punct Ana|NNP|-|9|compound Ruiz|NNP|-|3|dep");
        Quote q = quotes(story).get(0);
        assertEquals("Ana Ruiz", speaker(q));
        assertEquals("Ana Ruiz", q.speaker().orElseThrow().mention().of(story.text()));
    }

    @Test
    void paragraph_ending_in_a_colon_introduces_the_speaker_of_the_next() {
        ParseFixture story = new ParseFixture()
                .sentence("Quist said:", "Quist|NNP|-|1|nsubj said|VBD|say|-1|root :|:|-|1|punct")
                .paragraph()
                .sentence("\"Wages will rise as well this spring.\"",
                        "\"|``|-|3|punct Wages|NNS|wage|3|nsubj will|MD|-|3|aux rise|VB|-|-1|root as|RB|-|3|advmod "
                                + "well|RB|-|4|fixed this|DT|-|7|det spring|NN|-|3|obl:tmod .|.|-|3|punct \"|''|-|3|punct")
                .entity("Quist", "Mara Quist", attache.model.EntityType.PERSON);
        assertEquals("Mara Quist", speaker(quotes(story).get(0)));
    }

    @Test
    void participle_saying_takes_the_subject_of_its_clause() {
        ParseFixture story = new ParseFixture()
                .sentence("Quist defended the plan, saying, \"It will pay for itself.\"",
                        "Quist|NNP|-|1|nsubj defended|VBD|defend|-1|root the|DT|-|3|det plan|NN|-|1|obj ,|,|-|1|punct "
                                + "saying|VBG|say|1|dep ,|,|-|5|punct \"|``|-|5|punct It|PRP|-|10|nsubj will|MD|-|10|aux "
                                + "pay|VB|-|5|ccomp for|IN|-|12|case itself|PRP|-|10|obl .|.|-|1|punct \"|''|-|5|punct")
                .entity("Quist", "Mara Quist", attache.model.EntityType.PERSON);
        assertEquals("Mara Quist", speaker(quotes(story).get(0)));
    }

    @Test
    void colon_paragraph_without_speech_verb_gives_its_subject() {
        ParseFixture story = new ParseFixture()
                .sentence("Quist made this remark:", "Quist|NNP|-|1|nsubj made|VBD|make|-1|root this|DT|-|3|det "
                        + "remark|NN|-|1|obj :|:|-|1|punct")
                .paragraph()
                .sentence("\"Wages will rise as well this spring.\"",
                        "\"|``|-|3|punct Wages|NNS|wage|3|nsubj will|MD|-|3|aux rise|VB|-|-1|root as|RB|-|3|advmod "
                                + "well|RB|-|4|fixed this|DT|-|7|det spring|NN|-|3|obl:tmod .|.|-|3|punct \"|''|-|3|punct")
                .entity("Quist", "Mara Quist", attache.model.EntityType.PERSON);
        assertEquals("Mara Quist", speaker(quotes(story).get(0)));
    }
}
