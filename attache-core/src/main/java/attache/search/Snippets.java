package attache.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * The sentence of a stored text that holds the most query terms, as the snippet of a hit. Texts
 * are stored one sentence a line ({@link SearchDocuments#bodyText}); a quote is one line.
 */
final class Snippets {

    private final Analyzer analyzer;

    Snippets(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The best line; the first on a tie, the first line when no term matches. */
    String best(String field, String text, Set<String> terms) {
        String best = null;
        int bestCount = -1;
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            int count = matches(field, line, terms);
            if (count > bestCount) {
                best = line;
                bestCount = count;
            }
        }
        return best == null ? "" : best.strip();
    }

    /** How many distinct query terms a line has, analysed as the field is. */
    private int matches(String field, String line, Set<String> terms) {
        if (terms.isEmpty()) {
            return 0;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        try (TokenStream stream = analyzer.tokenStream(field, line)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String t = term.toString();
                if (terms.contains(t)) {
                    seen.add(t);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return seen.size();
    }
}
