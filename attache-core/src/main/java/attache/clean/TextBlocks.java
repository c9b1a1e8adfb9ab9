package attache.clean;

import attache.model.TextSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lines and paragraphs of an article's text as spans, trimmed of surrounding white space, so a
 * detector that claims a whole line claims exactly its visible characters.
 */
final class TextBlocks {

    private TextBlocks() {
    }

    /** Each non-blank line, trimmed. */
    static List<TextSpan> lines(String text) {
        List<TextSpan> out = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            trimmed(text, start, end).ifPresent(out::add);
            start = end + 1;
        }
        return out;
    }

    /** Each run of non-blank lines, trimmed: what a reader sees as a paragraph. */
    static List<TextSpan> paragraphs(String text) {
        List<TextSpan> out = new ArrayList<>();
        TextSpan current = null;
        for (TextSpan line : lines(text)) {
            if (current != null && isSameParagraph(text, current.end(), line.start())) {
                current = new TextSpan(current.start(), line.end());
            } else {
                if (current != null) {
                    out.add(current);
                }
                current = line;
            }
        }
        if (current != null) {
            out.add(current);
        }
        return out;
    }

    static boolean isSpace(char c) {
        // Character.isWhitespace leaves out no-break and ideographic spaces, which pages use.
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Whether only one line break (no blank line) separates the two offsets. */
    private static boolean isSameParagraph(String text, int from, int to) {
        int breaks = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                breaks++;
            }
        }
        return breaks <= 1;
    }

    private static Optional<TextSpan> trimmed(String text, int from, int to) {
        int s = from;
        int e = to;
        while (s < e && isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && isSpace(text.charAt(e - 1))) {
            e--;
        }
        return s == e ? Optional.empty() : Optional.of(new TextSpan(s, e));
    }
}
