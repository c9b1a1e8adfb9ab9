package attache.clean;

import attache.model.BoilerplateKind;
import org.jsoup.nodes.Element;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an element's markup says about its content: its tag, class, id, role and itemprop. Sites
 * name their containers for their own styling, so these are hints, weighed with text statistics.
 */
final class ClassHints {

    // Word-bounded where a short stem would otherwise match inside unrelated words ("ad" in "head").
    private static final Map<BoilerplateKind, Pattern> KINDS = kinds();

    private static Map<BoilerplateKind, Pattern> kinds() {
        // Checked in this order: the first kind that matches names the element.
        Map<BoilerplateKind, Pattern> kinds = new LinkedHashMap<>();
        kinds.put(BoilerplateKind.COOKIE_NOTICE, words("cookies?\\w*|consent\\w*|gdpr|cmp"));
        kinds.put(BoilerplateKind.COMMENTS, words("\\w*comments?\\w*|disqus|discussion|replies|respond"));
        kinds.put(BoilerplateKind.SHARE_WIDGET, words("\\w*share\\w*|sharing|social\\w*|addthis|sociable|"
                + "facebook|twitter|whatsapp|pinterest|linkedin|print"));
        kinds.put(BoilerplateKind.RELATED_LINKS, words("\\w*related\\w*|recommend\\w*|more-?stories|read-?more|"
                + "trending|popular|most-?read|most-?viewed|outbrain|taboola|also|further|next-?up|"
                + "recirc\\w*|teasers?|more"));
        kinds.put(BoilerplateKind.ADVERTISEMENT, words("ads?|adv|advert\\w*|adsbygoogle|ad-?slot|ad-?unit|"
                + "dfp|gpt|sponsor\\w*|promo\\w*|banner|commercial|marketing|affiliate|skyscraper"));
        kinds.put(BoilerplateKind.NAVIGATION, words("nav\\w*|menu\\w*|breadcrumbs?|pagination|pager|skip|"
                + "masthead|topbar|toolbar|tabs"));
        kinds.put(BoilerplateKind.CAPTION, words("\\w*captions?\\w*|figcaption|wp-caption-text"));
        kinds.put(BoilerplateKind.PHOTO_CREDIT, words("credits?|photo-?credit"));
        kinds.put(BoilerplateKind.BYLINE, words("\\w*byline\\w*|authors?|author-?\\w+|contributors?"));
        kinds.put(BoilerplateKind.COPYRIGHT, words("copyright|legal|disclaimer"));
        kinds.put(BoilerplateKind.OTHER, words("\\w*footer\\w*|foot|header|sidebar\\w*|aside|widgets?|"
                + "newsletter\\w*|subscri\\w*|signup|sign-?up|paywall|modal|popup|overlay|tags?|tag-?list|"
                + "meta|dateline|timestamp|date|hidden|sr-only|visually-?hidden|login|register|alert|"
                + "shopping|contact|rss|extra|supplement\\w*|jump|toc|headline"));
        return Collections.unmodifiableMap(kinds);
    }

    private static final Pattern POSITIVE = words("article\\w*|\\w*body\\w*|content\\w*|entry\\w*|hentry|"
            + "main|post\\w*|text|blog\\w*|story\\w*|articlebody|paragraph\\w*|prose|rich-?text");

    private ClassHints() {
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("(?:^|[\\s_\\-:.])(?:" + alternatives + ")(?=$|[\\s_\\-:.\\d])");
    }

    /** The class, id, role and itemprop of an element, lower-cased, space-separated. */
    static String names(Element el) {
        return (el.className() + " " + el.id() + " " + el.attr("role") + " " + el.attr("itemprop"))
                .toLowerCase(Locale.ROOT).strip();
    }

    /** Body and html carry page-wide classes ("header-spacing") that say nothing about their text. */
    static boolean isPageRoot(Element el) {
        return el.normalName().equals("body") || el.normalName().equals("html") || el.parent() == null;
    }

    /** The kind of boilerplate the element's tag or names suggest, if any. */
    static Optional<BoilerplateKind> kind(Element el) {
        switch (el.normalName()) {
            case "nav", "menu" -> {
                return Optional.of(BoilerplateKind.NAVIGATION);
            }
            case "figcaption" -> {
                return Optional.of(BoilerplateKind.CAPTION);
            }
            case "footer", "aside", "header" -> {
                return Optional.of(BoilerplateKind.OTHER);
            }
            default -> {
            }
        }
        String names = names(el);
        if (names.isEmpty()) {
            return Optional.empty();
        }
        for (Map.Entry<BoilerplateKind, Pattern> e : KINDS.entrySet()) {
            if (e.getValue().matcher(names).find()) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /** Kinds whose names are specific enough to trust even on a large element. */
    static boolean isStrong(BoilerplateKind kind) {
        return switch (kind) {
            case NAVIGATION, ADVERTISEMENT, RELATED_LINKS, COMMENTS, SHARE_WIDGET, COOKIE_NOTICE -> true;
            default -> false;
        };
    }

    /** Whether the names suggest article content ("article-body", "story", itemprop=articleBody). */
    static boolean isPositive(Element el) {
        return POSITIVE.matcher(names(el)).find() || el.normalName().equals("article");
    }

    /** Readability-style class weight: positive names add, boilerplate names subtract. */
    static int weight(Element el) {
        int weight = 0;
        if (isPositive(el)) {
            weight += 25;
        }
        if (kind(el).isPresent()) {
            weight -= 25;
        }
        if (el.attr("itemprop").equalsIgnoreCase("articleBody")) {
            weight += 50;
        }
        return weight;
    }
}
