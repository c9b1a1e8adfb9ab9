package attache.clean;

import attache.model.Boilerplate;
import attache.model.BoilerplateKind;
import attache.model.TextSpan;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Separates the article body of an HTML page from everything around it. The page's visible
 * text becomes one paragraph per block; the blocks outside the article's main container, and the
 * link lists, widgets and headline inside it, become {@link Boilerplate} spans with their kind.
 * Stateless and thread-safe.
 */
public final class MainTextExtractor {

    private static final double MAX_LINK_DENSITY = 0.5;
    private static final int MIN_BODY_CHARS = 500;
    private static final double WEAK_HINT_SHARE = 0.3;

    /** Page text and layout of {@code page}; the body is empty when no article container is found. */
    public PageText extract(Document page) {
        Element root = page.body() != null ? page.body() : page;
        List<Block> blocks = new BlockSplitter().split(root);
        Map<Element, TextStats> stats = TextStats.of(blocks);
        List<Optional<BoilerplateKind>> kinds = classifyAll(blocks, stats, true);
        int found = bodyChars(blocks, kinds);
        if (found < MIN_BODY_CHARS) {
            List<Optional<BoilerplateKind>> lenient = classifyAll(blocks, stats, false);
            if (bodyChars(blocks, lenient) > found) {
                kinds = lenient;
            }
        }
        return assemble(blocks, kinds);
    }

    private List<Optional<BoilerplateKind>> classifyAll(List<Block> blocks, Map<Element, TextStats> stats,
                                                        boolean skipUnlikely) {
        List<Element> main = new ContentScorer(stats, skipUnlikely).mainElements(blocks);
        Set<Element> mainSet = Collections.newSetFromMap(new IdentityHashMap<>());
        mainSet.addAll(main);
        List<Optional<BoilerplateKind>> kinds = new ArrayList<>();
        for (Block b : blocks) {
            kinds.add(classify(b, mainSet, stats));
        }
        return kinds;
    }

    private static int bodyChars(List<Block> blocks, List<Optional<BoilerplateKind>> kinds) {
        int chars = 0;
        for (int i = 0; i < blocks.size(); i++) {
            chars += kinds.get(i).isEmpty() ? blocks.get(i).text().length() : 0;
        }
        return chars;
    }

    /** Empty for body, otherwise the kind of boilerplate the block is. */
    private Optional<BoilerplateKind> classify(Block b, Set<Element> main, Map<Element, TextStats> stats) {
        Element container = containerOf(b.owner(), main);
        if (container == null) {
            return Optional.of(hintedKind(b.owner(), null, stats).orElse(BoilerplateKind.OTHER));
        }
        Optional<BoilerplateKind> hinted = hintedKind(b.owner(), container, stats);
        if (hinted.isPresent()) {
            return hinted;
        }
        if (b.ownerTag().equals("h1")) {
            return Optional.of(BoilerplateKind.OTHER);
        }
        if (b.linkDensity() > MAX_LINK_DENSITY) {
            return Optional.of(b.owner().normalName().equals("li") || inList(b.owner(), container)
                    ? BoilerplateKind.RELATED_LINKS : BoilerplateKind.NAVIGATION);
        }
        return linkHeavyList(b.owner(), container, stats) ? Optional.of(BoilerplateKind.RELATED_LINKS)
                : Optional.empty();
    }

    private static Element containerOf(Element owner, Set<Element> main) {
        for (Element el = owner; el != null; el = el.parent()) {
            if (main.contains(el)) {
                return el;
            }
        }
        return null;
    }

    /**
     * The kind hinted by the owner or an ancestor, stopping below {@code stop} (null: the page).
     * Inside the article, a weak hint ("header", "meta") on an element that holds much of the
     * article's text is a misleading wrapper name, not a widget.
     */
    private static Optional<BoilerplateKind> hintedKind(Element owner, Element stop,
                                                        Map<Element, TextStats> stats) {
        int containerChars = stop == null ? 0 : stats.getOrDefault(stop, TextStats.EMPTY).chars();
        for (Element el = owner; el != null && el != stop && !ClassHints.isPageRoot(el); el = el.parent()) {
            Optional<BoilerplateKind> kind = ClassHints.kind(el);
            if (kind.isEmpty() || stop != null && ClassHints.isPositive(el)) {
                continue;
            }
            boolean large = stats.getOrDefault(el, TextStats.EMPTY).chars() > WEAK_HINT_SHARE * containerChars;
            if (stop == null || ClassHints.isStrong(kind.get()) || !large) {
                return kind;
            }
        }
        return Optional.empty();
    }

    private static boolean inList(Element owner, Element stop) {
        for (Element el = owner; el != null && el != stop; el = el.parent()) {
            if (el.normalName().equals("ul") || el.normalName().equals("ol")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A small box inside the article whose text is mostly links is a "read more" box, not prose;
     * a large or content-named wrapper is judged by its paragraphs instead.
     */
    private static boolean linkHeavyList(Element owner, Element stop, Map<Element, TextStats> stats) {
        int containerChars = stats.getOrDefault(stop, TextStats.EMPTY).chars();
        for (Element el = owner; el != null && el != stop; el = el.parent()) {
            String tag = el.normalName();
            if (tag.equals("ul") || tag.equals("ol") || tag.equals("div") || tag.equals("section")
                    || tag.equals("table")) {
                TextStats s = stats.getOrDefault(el, TextStats.EMPTY);
                if (s.linkDensity() > 0.33 && s.blocks() > 1 && !ClassHints.isPositive(el)
                        && s.chars() < WEAK_HINT_SHARE * containerChars) {
                    return true;
                }
            }
        }
        return false;
    }

    private static PageText assemble(List<Block> blocks, List<Optional<BoilerplateKind>> kinds) {
        StringBuilder text = new StringBuilder();
        List<int[]> runs = new ArrayList<>();
        List<BoilerplateKind> runKinds = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (i > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(blocks.get(i).text());
            Optional<BoilerplateKind> kind = kinds.get(i);
            if (kind.isEmpty()) {
                continue;
            }
            // Consecutive blocks of one kind make one span, so a menu is one entry, not twenty.
            boolean extends_ = i > 0 && kind.equals(kinds.get(i - 1));
            if (extends_) {
                runs.get(runs.size() - 1)[1] = text.length();
            } else {
                runs.add(new int[] {start, text.length()});
                runKinds.add(kind.get());
            }
        }
        String page = text.toString();
        List<Boilerplate> layout = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            TextSpan span = new TextSpan(runs.get(r)[0], runs.get(r)[1]);
            layout.add(new Boilerplate(span, runKinds.get(r), span.of(page)));
        }
        return new PageText(page, layout);
    }
}
