package attache.clean;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the elements that hold the article, in the manner of Readability: every substantial
 * paragraph votes for its parent and, more weakly, its further ancestors; votes grow with commas
 * and length, and are discounted by the container's link density and adjusted by its names.
 */
final class ContentScorer {

    private static final int MIN_PARAGRAPH = 25;
    private static final int ANCESTOR_LEVELS = 5;
    private static final Set<String> SCORED_TAGS = Set.of("p", "pre", "td", "blockquote", "div", "section",
            "article", "main", "dd", "font", "span", "center");

    private final Map<Element, TextStats> stats;
    private final Map<Element, Double> scores = new IdentityHashMap<>();

    private final boolean skipUnlikely;

    /**
     * @param skipUnlikely whether paragraphs under boilerplate-named elements are kept from voting;
     *                     a first pass does so, and a second without it rescues pages whose
     *                     wrappers have misleading names ("Page-ad-margins", "paywall")
     */
    ContentScorer(Map<Element, TextStats> stats, boolean skipUnlikely) {
        this.stats = stats;
        this.skipUnlikely = skipUnlikely;
    }

    /** The top-level elements whose subtrees hold the article, in document order; empty if none. */
    List<Element> mainElements(List<Block> blocks) {
        for (Block b : blocks) {
            vote(b);
        }
        Element top = scores.keySet().stream().max(Comparator.comparingDouble(this::finalScore)).orElse(null);
        if (top == null) {
            return List.of();
        }
        top = promote(top);
        return withSiblings(top);
    }

    private void vote(Block b) {
        if (b.text().length() < MIN_PARAGRAPH || !SCORED_TAGS.contains(b.ownerTag())
                || skipUnlikely && unlikely(b.owner())) {
            return;
        }
        String t = b.text();
        double score = 1 + commas(t) + Math.min(t.length() / 100, 3);
        score *= 1 - b.linkDensity();
        Element ancestor = b.owner().parent();
        for (int level = 0; ancestor != null && level < ANCESTOR_LEVELS; level++) {
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            scores.merge(ancestor, score / divider, Double::sum);
            ancestor = ancestor.parent();
        }
    }

    private static int commas(String t) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ',' || c == '，' || c == '、') {
                n++;
            }
        }
        return n;
    }

    /** Text inside navigation, comments and the like does not vote, unless also marked as content. */
    private static boolean unlikely(Element owner) {
        for (Element el = owner; el != null && !ClassHints.isPageRoot(el); el = el.parent()) {
            if (ClassHints.kind(el).isPresent() && !ClassHints.isPositive(el)) {
                return true;
            }
        }
        return false;
    }

    double finalScore(Element el) {
        double base = scores.getOrDefault(el, 0.0) + tagWeight(el) + ClassHints.weight(el);
        return base * (1 - stats.getOrDefault(el, TextStats.EMPTY).linkDensity());
    }

    private static int tagWeight(Element el) {
        return switch (el.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
    }

    /**
     * When the best-scored candidates share an ancestor, or an ancestor scores about as well, the
     * article is split over several containers and that ancestor holds all of it.
     */
    private Element promote(Element top) {
        double topScore = finalScore(top);
        List<Element> close = new ArrayList<>();
        scores.keySet().stream().filter(e -> e != top && finalScore(e) >= 0.75 * topScore)
                .sorted(Comparator.comparingDouble(this::finalScore).reversed()).limit(5).forEach(close::add);
        Element best = top;
        if (close.size() >= 3) {
            for (Element parent = top.parent(); parent != null && !parent.normalName().equals("body");
                 parent = parent.parent()) {
                Element p = parent;
                long inside = close.stream().filter(c -> c.parents().contains(p)).count();
                if (inside >= 3) {
                    best = parent;
                    break;
                }
            }
        }
        double last = finalScore(best);
        for (Element parent = best.parent(); parent != null && !parent.normalName().equals("body");
             parent = parent.parent()) {
            double score = finalScore(parent);
            if (score < last / 3) {
                break;
            }
            if (score > last) {
                best = parent;
            }
            last = score;
        }
        return best;
    }

    /** The top element plus the siblings that look like they continue the article. */
    private List<Element> withSiblings(Element top) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double threshold = Math.max(10, finalScore(top) * 0.2);
        List<Element> kept = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top || continues(sibling, top, threshold)) {
                kept.add(sibling);
            }
        }
        return kept;
    }

    private boolean continues(Element sibling, Element top, double threshold) {
        double bonus = !top.className().isEmpty() && top.className().equals(sibling.className())
                ? finalScore(top) * 0.2 : 0;
        if (scores.containsKey(sibling) && finalScore(sibling) + bonus >= threshold) {
            return true;
        }
        if (!sibling.normalName().equals("p")) {
            return false;
        }
        TextStats s = stats.getOrDefault(sibling, TextStats.EMPTY);
        return s.chars() > 80 && s.linkDensity() < 0.25
                || s.chars() > 0 && s.linkDensity() == 0 && sibling.text().matches(".*\\.( |$).*");
    }
}
