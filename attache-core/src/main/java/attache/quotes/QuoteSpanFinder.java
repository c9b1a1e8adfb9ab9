package attache.quotes;

import attache.model.TextSpan;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the passages between double quotation marks in raw text: straight ({@code "}), curly
 * ({@code “ ”}, {@code „}) and guillemets ({@code « »}). Single marks are left alone: ‘ ’ nest
 * inside double quotes, and ’ is also the apostrophe, so treating them as delimiters breaks more
 * than it finds.
 *
 * <p>Marks pair within a paragraph (a run of text between blank lines). A paragraph that opens a
 * quote without closing it continues the quote when the next paragraph opens with a mark, the
 * newspaper convention for a quote running over paragraphs; otherwise the stray mark is ignored.
 */
final class QuoteSpanFinder {

    /** Every quoted passage of {@code text}, in order. */
    List<QuotedPassage> find(String text) {
        return new Scan(text).run();
    }

    /** The state of one pass over one text, so the finder itself stays stateless. */
    private static final class Scan {
        private final String text;
        private final List<QuotedPassage> found = new ArrayList<>();
        /** Pieces of the quote being read (more than one once it runs over paragraphs). */
        private final List<TextSpan> parts = new ArrayList<>();
        /** The quote's first opening mark, or -1 outside a quote. */
        private int firstOpen = -1;
        /** The mark that opened the current piece, or -1 between pieces. */
        private int open = -1;

        Scan(String text) {
            this.text = text;
        }

        List<QuotedPassage> run() {
            List<TextSpan> paragraphs = Paragraphs.of(text);
            for (int p = 0; p < paragraphs.size(); p++) {
                TextSpan paragraph = paragraphs.get(p);
                for (int i = paragraph.start(); i < paragraph.end(); i++) {
                    if (QuoteMarks.isDouble(text.charAt(i))) {
                        mark(i);
                    }
                }
                if (open >= 0 && p + 1 < paragraphs.size() && opensWithMark(paragraphs.get(p + 1))) {
                    addPart(open + 1, paragraph.end());
                    open = -1;
                } else if (open >= 0 || firstOpen >= 0) {
                    reset();
                }
            }
            return found;
        }

        private void mark(int i) {
            char c = text.charAt(i);
            if (firstOpen >= 0 && open < 0) {
                open = i; // the leading mark of a paragraph that continues the quote
            } else if (open < 0) {
                if (!QuoteMarks.isClosing(c) || QuoteMarks.looksOpening(text, i)) {
                    firstOpen = i;
                    open = i;
                }
            } else if (QuoteMarks.isOpening(c) && QuoteMarks.looksOpening(text, i)
                    && !QuoteMarks.looksClosing(text, i)) {
                // A second opener: the first was never closed, so it was a stray mark.
                reset();
                firstOpen = i;
                open = i;
            } else {
                addPart(open + 1, i);
                if (!parts.isEmpty()) {
                    found.add(new QuotedPassage(parts, new TextSpan(firstOpen, i + 1)));
                }
                reset();
            }
        }

        private void reset() {
            parts.clear();
            firstOpen = -1;
            open = -1;
        }

        private boolean opensWithMark(TextSpan paragraph) {
            for (int i = paragraph.start(); i < paragraph.end(); i++) {
                char c = text.charAt(i);
                if (!Character.isWhitespace(c)) {
                    return QuoteMarks.isDouble(c) && !QuoteMarks.isClosing(c);
                }
            }
            return false;
        }

        /** Adds {@code [from, to)} without its surrounding whitespace, unless nothing is left. */
        private void addPart(int from, int to) {
            int start = from;
            int end = to;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (start < end) {
                parts.add(new TextSpan(start, end));
            }
        }
    }
}
