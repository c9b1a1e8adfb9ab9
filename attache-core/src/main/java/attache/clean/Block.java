package attache.clean;

import org.jsoup.nodes.Element;

import java.util.Objects;

/**
 * One paragraph-like run of visible page text: a paragraph, heading, list item, or the text that
 * sits directly in a container between its child blocks.
 *
 * @param text      the text, whitespace collapsed, never blank
 * @param linkChars how many of its characters are inside links
 * @param owner     the nearest block-level element that holds the text
 */
record Block(String text, int linkChars, Element owner) {

    Block {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(owner, "owner");
    }

    double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }

    String ownerTag() {
        return owner.normalName();
    }
}
