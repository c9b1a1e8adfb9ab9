package attache.model;

import java.util.Objects;

/**
 * One token of a sentence.
 *
 * @param index position in its sentence, from 0
 * @param span  characters in the original text
 * @param text  the original characters ({@code span.of(article.text())})
 * @param lemma the lemma
 * @param pos   the Penn Treebank tag
 * @param ner   the coarse named-entity tag ("O" when none)
 */
public record Token(int index, TextSpan span, String text, String lemma, String pos, String ner) {

    public Token {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(ner, "ner");
    }
}
