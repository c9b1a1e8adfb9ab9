package attache.clean;

import attache.model.Boilerplate;

import java.util.List;
import java.util.Objects;

/**
 * The visible text of a page, one block a paragraph, and the spans of it that are not article
 * body.
 *
 * @param text   the page text, paragraphs separated by a blank line
 * @param layout the non-body spans, in order, each {@code text} equal to its span of {@code text}
 */
public record PageText(String text, List<Boilerplate> layout) {

    public PageText {
        Objects.requireNonNull(text, "text");
        layout = List.copyOf(layout);
    }
}
