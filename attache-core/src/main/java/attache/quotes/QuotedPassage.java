package attache.quotes;

import attache.model.TextSpan;

import java.util.List;

/**
 * A passage between quotation marks as the text shows it, before attribution: one part, or one
 * part per paragraph when the quote runs on over paragraphs.
 *
 * @param parts the quoted characters of each piece, quotation marks excluded
 * @param outer from the opening mark to the closing mark, both included
 */
record QuotedPassage(List<TextSpan> parts, TextSpan outer) {

    QuotedPassage {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a passage has at least one part");
        }
    }

    TextSpan span() {
        return new TextSpan(parts.get(0).start(), parts.get(parts.size() - 1).end());
    }
}
