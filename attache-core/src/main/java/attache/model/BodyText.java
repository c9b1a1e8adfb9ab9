package attache.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The article body: the text left when boilerplate is taken out, and the spans of the original it
 * was made from.
 *
 * @param text     the body, paragraphs separated by blank lines, without boilerplate
 * @param segments the spans of the original text the body consists of, in order
 */
public record BodyText(String text, List<TextSpan> segments) {

    public BodyText {
        segments = List.copyOf(segments);
    }

    /** The body of {@code text} once the (sorted or unsorted) boilerplate spans are left out. */
    public static BodyText of(String text, List<Boilerplate> boilerplate) {
        String blanked = blank(text, boilerplate);
        List<TextSpan> segments = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        // A paragraph is a run of text between blank lines; blanked spans become whitespace, so a
        // paragraph that was wholly boilerplate vanishes and one that was partly so is trimmed.
        int i = 0;
        int n = blanked.length();
        while (i < n) {
            int paragraphEnd = blanked.indexOf("\n\n", i);
            if (paragraphEnd < 0) {
                paragraphEnd = n;
            }
            appendParagraph(blanked, i, paragraphEnd, out, segments);
            i = paragraphEnd + 2;
        }
        return new BodyText(out.toString(), segments);
    }

    private static void appendParagraph(String blanked, int from, int to, StringBuilder out,
                                        List<TextSpan> segments) {
        int start = from;
        int end = to;
        while (start < end && Character.isWhitespace(blanked.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(blanked.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return;
        }
        if (!out.isEmpty()) {
            out.append("\n\n");
        }
        // Inside a paragraph, a blanked inline span (a credit such as "(Yonhap)") leaves a run of
        // spaces; collapse runs of spaces that blanking made, keeping the author's own spacing.
        out.append(collapseBlanks(blanked.substring(start, end)));
        segments.add(new TextSpan(start, end));
    }

    private static String collapseBlanks(String s) {
        return s.replaceAll(" {2,}(?=[.,;:!?])", "").replaceAll(" {3,}", " ");
    }

    /** {@code text} with each boilerplate span replaced by spaces, keeping line breaks. */
    public static String blank(String text, List<Boilerplate> boilerplate) {
        if (boilerplate.isEmpty()) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (Boilerplate b : boilerplate) {
            for (int k = b.span().start(); k < b.span().end(); k++) {
                if (chars[k] != '\n') {
                    chars[k] = ' ';
                }
            }
        }
        return new String(chars);
    }
}
