package attache.quotes;

import attache.model.Mention;
import attache.model.TextSpan;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PronounResolverTest {

    private static TextSpan last(String text, String word) {
        int at = text.lastIndexOf(word);
        return new TextSpan(at, at + word.length());
    }

    @Test
    void pronoun_speaker_resolves_to_previous_person() {
        ParseFixture story = Stories.splitQuote();
        PronounResolver resolver = new PronounResolver(story.parsed(), List.of());
        Optional<Mention> m = resolver.resolve("she", last(story.text(), "she"));
        assertEquals("Mara Quist", m.orElseThrow().canonical());
    }

    @Test
    void prefers_the_subject_over_a_nearer_object() {
        ParseFixture story = Stories.pronounAfterTwoPeople();
        PronounResolver resolver = new PronounResolver(story.parsed(), List.of());
        assertEquals("Ivo Brandt", resolver.resolve("he", last(story.text(), "he said")).orElseThrow().canonical());
    }

    @Test
    void names_inside_quotes_are_not_antecedents() {
        ParseFixture story = Stories.pronounAfterTwoPeople();
        String text = story.text();
        TextSpan everything = new TextSpan(0, text.indexOf("\n"));
        PronounResolver resolver = new PronounResolver(story.parsed(), List.of(everything));
        assertTrue(resolver.resolve("he", last(text, "he said")).isEmpty());
    }

    @Test
    void first_person_pronouns_are_not_resolved() {
        ParseFixture story = Stories.pronounAfterTwoPeople();
        PronounResolver resolver = new PronounResolver(story.parsed(), List.of());
        assertTrue(resolver.resolve("I", last(story.text(), "said")).isEmpty());
    }
}
