package attache.clean;

import org.jsoup.nodes.Element;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * How much visible text, and how much of it in links, lies under an element.
 *
 * @param chars     visible characters
 * @param linkChars of which inside links
 * @param blocks    number of blocks
 */
record TextStats(int chars, int linkChars, int blocks) {

    static final TextStats EMPTY = new TextStats(0, 0, 0);

    double linkDensity() {
        return chars == 0 ? 0 : (double) linkChars / chars;
    }

    TextStats plus(Block b) {
        return new TextStats(chars + b.text().length(), linkChars + b.linkChars(), blocks + 1);
    }

    /** Statistics for every element that contains at least one block. */
    static Map<Element, TextStats> of(List<Block> blocks) {
        Map<Element, TextStats> stats = new IdentityHashMap<>();
        for (Block b : blocks) {
            for (Element el = b.owner(); el != null; el = el.parent()) {
                stats.put(el, stats.getOrDefault(el, EMPTY).plus(b));
            }
        }
        return stats;
    }
}
