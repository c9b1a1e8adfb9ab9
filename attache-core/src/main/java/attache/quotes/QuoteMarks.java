package attache.quotes;

/** Which characters are double quotation marks, and which way one faces in its context. */
final class QuoteMarks {

    private QuoteMarks() {
    }

    static boolean isDouble(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB';
    }

    /** Marks that only ever open a quote. */
    static boolean isOpening(char c) {
        return c == '\u201C' || c == '\u201E' || c == '\u00AB';
    }

    /** Marks that only ever close a quote. */
    static boolean isClosing(char c) {
        return c == '\u201D' || c == '\u00BB';
    }

    /** Whether the mark at {@code i} stands where an opening mark would: after a space, before a word. */
    static boolean looksOpening(String text, int i) {
        boolean before = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([{—–-/:".indexOf(text.charAt(i - 1)) >= 0;
        boolean after = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
        return before && after;
    }

    /** Whether the mark at {@code i} stands where a closing mark would: after a word, before a space or stop. */
    static boolean looksClosing(String text, int i) {
        boolean before = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
        boolean after = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))
                || ".,;:!?)]}—–-".indexOf(text.charAt(i + 1)) >= 0;
        return before && after;
    }
}
