package attache.quotes;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteLexiconTest {

    private final QuoteLexicon lexicon = QuoteLexicon.english();

    @Test
    void speech_verbs_include_reporting_verbs_and_according_to() {
        assertTrue(lexicon.isSpeechVerb("say"));
        assertTrue(lexicon.isSpeechVerb("Describe"));
        assertTrue(lexicon.isSpeechVerb("accord"));
        assertFalse(lexicon.isSpeechVerb("arrive"));
    }

    @Test
    void role_nouns_include_envoy_and_spokesman_but_not_comments() {
        assertTrue(lexicon.isRoleNoun("envoy"));
        assertTrue(lexicon.isRoleNoun("spokesman"));
        assertFalse(lexicon.isRoleNoun("# Nouns"));
    }
}
