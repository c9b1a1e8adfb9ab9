package attache.quotes;

import attache.model.Dependency;
import attache.model.TextSpan;
import attache.quotes.ParsedText.Word;

import java.util.Set;

/** The words of a noun phrase around its head, without relative clauses, appositions or punctuation. */
final class NounPhrases {

    private static final Set<String> INSIDE = Set.of("compound", "amod", "det", "nmod:poss", "flat",
            "nummod", "compound:prt");

    private NounPhrases() {
    }

    /** From the leftmost to the rightmost word joined to the head by modifier relations. */
    static TextSpan span(Word head) {
        int start = head.span().start();
        int end = head.span().end();
        for (Dependency d : head.sentence().childrenOf(head.index())) {
            boolean possessive = d.relation().equals("case") && head.at(d.dependent()).token().text().matches("['’]s?");
            if (!INSIDE.contains(d.relation()) && !possessive) {
                continue;
            }
            TextSpan child = span(head.at(d.dependent()));
            start = Math.min(start, child.start());
            end = Math.max(end, child.end());
        }
        return new TextSpan(start, end);
    }
}
