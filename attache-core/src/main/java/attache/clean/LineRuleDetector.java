package attache.clean;

import attache.lexicon.BoilerplateLexicon;
import attache.model.Boilerplate;
import attache.model.TextSpan;

import java.util.ArrayList;
import java.util.List;

/**
 * Whole lines that a lexicon {@code line} rule matches from first to last character: copyright
 * footers, bylines, credit lines, "Read more" links. Matching the whole line, not a part of it, is
 * what keeps "Copyright law changed in 2019." or "By the end of the year, ..." in the body.
 */
final class LineRuleDetector implements SpanDetector {

    /** Longer lines are prose paragraphs; no footer or byline runs this long. */
    static final int MAX_LINE = 400;

    private final List<BoilerplateLexicon.Rule> rules;

    LineRuleDetector(List<BoilerplateLexicon.Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    @Override
    public List<Boilerplate> detect(String text) {
        List<Boilerplate> out = new ArrayList<>();
        for (TextSpan line : TextBlocks.lines(text)) {
            if (line.length() > MAX_LINE) {
                continue;
            }
            String content = line.of(text);
            for (BoilerplateLexicon.Rule rule : rules) {
                if (rule.pattern().matcher(content).matches()) {
                    out.add(new Boilerplate(line, rule.kind().orElseThrow(), content));
                    break;
                }
            }
        }
        return out;
    }
}
