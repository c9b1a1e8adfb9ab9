package attache.quotes;

import attache.model.TextSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits text into paragraphs: runs of text between blank lines (blanked boilerplate counts as blank). */
final class Paragraphs {

    private static final Pattern BREAK = Pattern.compile("\\n[ \\t\\u00A0\\r]*\\n\\s*");

    private Paragraphs() {
    }

    static List<TextSpan> of(String text) {
        List<TextSpan> out = new ArrayList<>();
        Matcher m = BREAK.matcher(text);
        int start = 0;
        while (m.find()) {
            if (m.start() > start) {
                out.add(new TextSpan(start, m.start()));
            }
            start = m.end();
        }
        if (start < text.length()) {
            out.add(new TextSpan(start, text.length()));
        }
        return out;
    }

    /** The paragraph holding {@code offset}, or null. */
    static TextSpan containing(List<TextSpan> paragraphs, int offset) {
        for (TextSpan p : paragraphs) {
            if (p.start() <= offset && offset < p.end()) {
                return p;
            }
        }
        return null;
    }
}
