package attache.clean;

import attache.lexicon.BoilerplateLexicon;
import attache.model.Boilerplate;
import attache.model.TextSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Credits inside a line that a lexicon {@code inline} rule finds: "(AP Photo/Jane Doe)", "[Photo
 * courtesy of …]", or an agency credit such as "(Yonhap)" closing a paragraph. Rules run on one
 * trimmed line at a time, so {@code $} in a rule means "at the end of the paragraph line".
 */
final class InlineRuleDetector implements SpanDetector {

    private final List<BoilerplateLexicon.Rule> rules;

    InlineRuleDetector(List<BoilerplateLexicon.Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    @Override
    public List<Boilerplate> detect(String text) {
        List<Boilerplate> out = new ArrayList<>();
        for (TextSpan line : TextBlocks.lines(text)) {
            String content = line.of(text);
            for (BoilerplateLexicon.Rule rule : rules) {
                Matcher m = rule.pattern().matcher(content);
                while (m.find()) {
                    if (m.end() > m.start()) {
                        TextSpan span = new TextSpan(line.start() + m.start(), line.start() + m.end());
                        out.add(new Boilerplate(span, rule.kind().orElseThrow(), span.of(text)));
                    }
                }
            }
        }
        return out;
    }
}
