package attache.quotes;

import attache.model.Dependency;
import attache.model.EntityType;
import attache.model.Mention;
import attache.model.Sentence;
import attache.model.TextSpan;
import attache.model.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds a parsed text by hand, so quote tests need no CoreNLP. Each sentence comes with its tokens
 * as {@code word|POS|lemma|head|relation} ({@code -} for the lower-cased word as lemma, head -1 for
 * the root); tokens are found in the sentence's text in order.
 */
final class ParseFixture {

    private final StringBuilder text = new StringBuilder();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Mention> entities = new ArrayList<>();

    /** Appends a sentence (after a space, unless it opens a paragraph). */
    ParseFixture sentence(String words, String tokens) {
        if (!text.isEmpty() && !text.toString().endsWith("\n")) {
            text.append(' ');
        }
        int base = text.length();
        text.append(words);
        List<Token> toks = new ArrayList<>();
        List<Dependency> deps = new ArrayList<>();
        int at = 0;
        for (String spec : tokens.trim().split("\\s+")) {
            String[] f = spec.split("\\|");
            int start = words.indexOf(f[0], at);
            if (start < 0) {
                throw new IllegalArgumentException("no token " + f[0] + " in " + words);
            }
            at = start + f[0].length();
            String lemma = f[2].equals("-") ? f[0].toLowerCase() : f[2];
            toks.add(new Token(toks.size(), new TextSpan(base + start, base + at), f[0], lemma, f[1], "O"));
            deps.add(new Dependency(Integer.parseInt(f[3]), toks.size() - 1, f[4]));
        }
        TextSpan span = new TextSpan(toks.get(0).span().start(), toks.get(toks.size() - 1).span().end());
        sentences.add(new Sentence(sentences.size(), span, toks, deps));
        return this;
    }

    ParseFixture paragraph() {
        text.append("\n\n");
        return this;
    }

    /** Marks every occurrence of {@code surface} not already inside a mention. */
    ParseFixture entity(String surface, String canonical, EntityType type) {
        String t = text.toString();
        for (int i = t.indexOf(surface); i >= 0; i = t.indexOf(surface, i + 1)) {
            TextSpan span = new TextSpan(i, i + surface.length());
            if (entities.stream().noneMatch(m -> m.span().overlaps(span))) {
                entities.add(new Mention(span, surface, type, sentenceAt(i), canonical));
            }
        }
        entities.sort(Comparator.comparing(Mention::span));
        return this;
    }

    private int sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (s.span().start() <= offset && offset < s.span().end()) {
                return s.index();
            }
        }
        return -1;
    }

    String text() {
        return text.toString();
    }

    ParsedText parsed() {
        return new ParsedText(text(), sentences, entities);
    }
}
