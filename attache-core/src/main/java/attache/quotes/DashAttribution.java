package attache.quotes;

import attache.model.Mention;
import attache.model.Quote;
import attache.model.TextSpan;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The speaker named after a dash that follows a quote, as in collected reader comments and
 * epigraphs ({@code “…” ― Ana Ruiz}): a name the parse does not tie to any verb.
 */
final class DashAttribution {

    /** A dash after the closing mark, then a run of capitalised words on the same line. */
    private static final Pattern AFTER = Pattern.compile(
            "\\G[ \\t\\u00A0]*[\\u2015\\u2014\\u2013-]{1,2}[ \\t\\u00A0]*(\\p{Lu}[\\p{L}.'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}.'’-]*){0,4})");

    Optional<Quote.Speaker> speakerOf(QuoteGroup quote, ParsedText parsed) {
        String text = parsed.text();
        Matcher m = AFTER.matcher(text);
        if (!m.find(quote.outer().end())) {
            return Optional.empty();
        }
        TextSpan name = new TextSpan(m.start(1), trimDot(text, m.end(1)));
        Optional<Mention> entity = parsed.entities().stream().filter(e -> e.span().overlaps(name)).findFirst();
        return Optional.of(entity.map(e -> new Quote.Speaker(e.canonical(), name))
                .orElseGet(() -> new Quote.Speaker(name.of(text), name)));
    }

    private static int trimDot(String text, int end) {
        int e = end;
        while (e > 0 && text.charAt(e - 1) == '.') {
            e--;
        }
        return e;
    }
}
