package attache.clean;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cuts the visible text of a page into {@link Block}s in document order. Invisible and
 * non-text elements (scripts, styles, form controls, hidden elements) contribute nothing.
 */
final class BlockSplitter {

    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body",
            "center", "dd", "details", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
            "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu",
            "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th",
            "ul", "caption", "legend", "html");
    private static final Set<String> DROPPED_TAGS = Set.of("script", "style", "noscript", "template", "svg",
            "math", "iframe", "object", "embed", "canvas", "video", "audio", "button", "select", "textarea",
            "input", "option", "head", "title", "meta", "link", "label", "dialog");
    private static final Pattern HIDDEN_STYLE =
            Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);
    // Non-breaking and zero-width spaces count as whitespace: pages use them for layout.
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");

    List<Block> split(Element root) {
        Collector collector = new Collector(root);
        root.filter(collector);
        collector.flush();
        return collector.blocks;
    }

    static boolean isBlockTag(Element el) {
        return BLOCK_TAGS.contains(el.normalName());
    }

    /** Whether the element and everything under it are left out of the page text. */
    static boolean isInvisible(Element el) {
        String tag = el.normalName();
        if (DROPPED_TAGS.contains(tag)) {
            return true;
        }
        // Many sites wrap the whole page in one <form>; only a form without paragraphs is a widget.
        if (tag.equals("form") && el.selectFirst("p") == null) {
            return true;
        }
        return el.hasAttr("hidden") || HIDDEN_STYLE.matcher(el.attr("style")).find()
                || el.attr("type").equalsIgnoreCase("hidden");
    }

    static String collapse(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** Walks the tree once, cutting a block at every block-level boundary and line break. */
    private static final class Collector implements NodeFilter {
        private final List<Block> blocks = new ArrayList<>();
        private final Deque<Element> owners = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder linkText = new StringBuilder();
        private int linkDepth;

        Collector(Element root) {
            owners.push(root);
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                text.append(t.getWholeText());
                if (linkDepth > 0) {
                    linkText.append(t.getWholeText());
                }
            } else if (node instanceof Element el) {
                if (depth > 0 && isInvisible(el)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (isBlockTag(el)) {
                    flush();
                    owners.push(el);
                } else if (el.normalName().equals("br")) {
                    flush();
                } else if (el.normalName().equals("a")) {
                    linkDepth++;
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element el) {
                if (isBlockTag(el) && owners.size() > 1) {
                    flush();
                    owners.pop();
                } else if (el.normalName().equals("a")) {
                    linkDepth--;
                }
            }
            return FilterResult.CONTINUE;
        }

        void flush() {
            String collapsed = collapse(text.toString());
            if (!collapsed.isEmpty()) {
                int links = Math.min(collapse(linkText.toString()).length(), collapsed.length());
                blocks.add(new Block(collapsed, links, owners.peek()));
            }
            text.setLength(0);
            linkText.setLength(0);
        }
    }
}
