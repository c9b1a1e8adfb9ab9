package attache.quotes;

import attache.model.Mention;
import attache.model.Sentence;
import attache.model.TextSpan;
import attache.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The layers quote attribution reads (text, parsed sentences, linked entities), with lookups by offset. */
final class ParsedText {

    /** A token together with the sentence it belongs to. */
    record Word(Sentence sentence, Token token) {

        int index() {
            return token.index();
        }

        TextSpan span() {
            return token.span();
        }

        String lemma() {
            return token.lemma();
        }

        String pos() {
            return token.pos();
        }

        Word at(int tokenIndex) {
            return new Word(sentence, sentence.tokens().get(tokenIndex));
        }
    }

    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "his", "hers", "they", "them",
            "their", "it", "its", "we", "us", "our", "i", "me", "my", "you", "your", "who", "whom");

    private final String text;
    private final List<Sentence> sentences;
    private final List<Mention> entities;

    ParsedText(String text, List<Sentence> sentences, List<Mention> entities) {
        this.text = text;
        this.sentences = List.copyOf(sentences);
        this.entities = entities.stream().filter(m -> !isPronoun(m)).toList();
    }

    /**
     * The tagger sometimes hands pronouns over as mentions typed like the entity they may stand for;
     * here they must be resolved, not taken as names.
     */
    private boolean isPronoun(Mention m) {
        if (PRONOUNS.contains(m.text().toLowerCase(Locale.ROOT))) {
            return true;
        }
        List<Word> words = wordsIn(m.span());
        return !words.isEmpty() && words.stream().allMatch(w -> w.pos().startsWith("PRP") || w.pos().startsWith("WP"));
    }

    String text() {
        return text;
    }

    List<Sentence> sentences() {
        return sentences;
    }

    List<Mention> entities() {
        return entities;
    }

    /** The tokens lying wholly inside {@code span}, in order. */
    List<Word> wordsIn(TextSpan span) {
        List<Word> out = new ArrayList<>();
        for (Sentence s : sentences) {
            if (!s.span().overlaps(span)) {
                continue;
            }
            for (Token t : s.tokens()) {
                if (span.contains(t.span())) {
                    out.add(new Word(s, t));
                }
            }
        }
        return out;
    }

    /** The sentences that overlap {@code span}, in order. */
    List<Sentence> sentencesOver(TextSpan span) {
        return sentences.stream().filter(s -> s.span().overlaps(span)).toList();
    }

    /** The entity mention that covers the token, if any. */
    Optional<Mention> entityAt(TextSpan tokenSpan) {
        return entities.stream().filter(m -> m.span().contains(tokenSpan)).findFirst();
    }

    /** The sentence index of the sentence holding {@code offset}, or -1. */
    int sentenceIndexAt(int offset) {
        for (Sentence s : sentences) {
            if (s.span().start() <= offset && offset < s.span().end()) {
                return s.index();
            }
        }
        return -1;
    }
}
