package attache.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds when a page was published, looking where htmldate looks, most reliable first: meta tags,
 * JSON-LD, {@code <time>} and itemprop markup, the URL path, then a date written near the top of
 * the page. A modification date is used only when no publication date is given anywhere.
 */
final class PublicationDateFinder {

    private static final Set<String> PUBLISHED_META = Set.of("article:published_time", "og:published_time",
            "article:published", "datepublished", "pubdate", "publishdate", "publish-date", "publish_date",
            "published_time", "published-date", "date", "dc.date", "dc.date.issued", "dc.date.created",
            "dcterms.issued", "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date",
            "article.published", "article_date_original", "original-publish-date", "cxenseparse:recs:publishtime",
            "displaydate", "dateposted", "citation_publication_date", "citation_date", "pub_date",
            "og:article:published_time", "bt:pubdate", "date_published", "datecreated", "created",
            "article.created", "prism.publicationdate", "shareaholic:article_published_time", "timestamp",
            "live_date", "first_published_at", "parsely-pubdate", "dc.created", "rnews:datepublished");
    private static final Set<String> MODIFIED_META = Set.of("article:modified_time", "og:updated_time",
            "og:modified_time", "datemodified", "dc.date.modified", "dcterms.modified", "lastmod",
            "last-modified", "article.updated", "modified_time", "updated_time");
    private static final List<String> META_KEYS = List.of("property", "name", "itemprop", "http-equiv");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:[/-]|\\.html?|$)");
    private static final Pattern URL_COMPACT = Pattern.compile("[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})[/_.-]");
    private static final int VISIBLE_SCAN_CHARS = 3000;

    private final ObjectMapper json = new ObjectMapper();

    /** The publication date of {@code page}, whose address is {@code url} (may be null). */
    Optional<LocalDate> find(Document page, String url) {
        return fromMeta(page, PUBLISHED_META)
                .or(() -> fromJsonLd(page, "datePublished"))
                .or(() -> fromMarkup(page))
                .or(() -> fromUrl(url))
                .or(() -> fromJsonLd(page, "dateCreated"))
                .or(() -> fromVisibleText(page))
                .or(() -> fromMeta(page, MODIFIED_META))
                .or(() -> fromJsonLd(page, "dateModified"));
    }

    private static Optional<LocalDate> fromMeta(Document page, Set<String> names) {
        for (Element meta : page.select("meta[content]")) {
            for (String key : META_KEYS) {
                if (names.contains(meta.attr(key).toLowerCase(Locale.ROOT).strip())) {
                    Optional<LocalDate> d = DateText.parse(meta.attr("content"));
                    if (d.isPresent()) {
                        return d;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Optional<LocalDate> fromJsonLd(Document page, String field) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                Optional<LocalDate> d = search(json.readTree(script.data()), field);
                if (d.isPresent()) {
                    return d;
                }
            } catch (JsonProcessingException e) {
                // Broken JSON-LD is common (trailing commas, raw newlines); the other sources remain.
            }
        }
        return Optional.empty();
    }

    /** Depth-first search through objects, arrays and {@code @graph} lists for the field. */
    private static Optional<LocalDate> search(JsonNode node, String field) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isObject() && node.hasNonNull(field)) {
            Optional<LocalDate> d = DateText.parse(node.get(field).asText());
            if (d.isPresent()) {
                return d;
            }
        }
        if (node.isContainerNode()) {
            for (JsonNode child : node) {
                Optional<LocalDate> d = search(child, field);
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> fromMarkup(Document page) {
        for (Element el : page.select("[itemprop=datePublished], time[pubdate], .published[title], "
                + "time.published, time.entry-date, abbr.published")) {
            Optional<LocalDate> d = DateText.parse(firstNonBlank(el.attr("datetime"), el.attr("content"),
                    el.attr("title"), el.text()));
            if (d.isPresent()) {
                return d;
            }
        }
        Element time = page.selectFirst("article time[datetime], time[datetime]");
        return time == null ? Optional.empty() : DateText.parse(time.attr("datetime"));
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (!v.isBlank()) {
                return v;
            }
        }
        return "";
    }

    static Optional<LocalDate> fromUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher m = URL_DATE.matcher(url);
        if (m.find()) {
            return DateText.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3));
        }
        m = URL_COMPACT.matcher(url);
        return m.find() ? DateText.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3)) : Optional.empty();
    }

    /** A date in words near the top of the visible page, where sites print the dateline. */
    private static Optional<LocalDate> fromVisibleText(Document page) {
        if (page.body() == null) {
            return Optional.empty();
        }
        Element scope = Optional.ofNullable(page.body().selectFirst("article")).orElse(page.body());
        String text = scope.text();
        return DateText.parseWords(text.substring(0, Math.min(text.length(), VISIBLE_SCAN_CHARS)));
    }
}
