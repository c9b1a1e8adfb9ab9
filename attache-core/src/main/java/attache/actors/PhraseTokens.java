package attache.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a short phrase typed by a user ("Seoul's chief envoy", "the U.S. State Department") into
 * tokens the way the parser's tokenizer would: possessive clitics and punctuation apart,
 * abbreviations with inner dots ("U.S.") whole.
 */
public final class PhraseTokens {

    private static final Pattern TOKEN = Pattern.compile(
            "(?:[A-Za-z]\\.){2,}|['\u2019]s\\b|[\\p{L}\\p{N}]+(?:[-'\u2019][\\p{L}\\p{N}]+)*|[^\\s\\p{L}\\p{N}]");

    private PhraseTokens() {
    }

    public static List<String> split(String phrase) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(phrase);
        while (m.find()) {
            // A typographic apostrophe ("Britain’s") is a possessive like a straight one.
            String t = m.group().replace('\u2019', '\'');
            if (t.endsWith("'s") && t.length() > 2 && !t.startsWith("'")) {
                tokens.add(t.substring(0, t.length() - 2));
                tokens.add("'s");
            } else {
                tokens.add(t);
            }
        }
        return tokens;
    }
}
