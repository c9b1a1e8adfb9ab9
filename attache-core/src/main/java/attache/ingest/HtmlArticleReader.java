package attache.ingest;

import attache.clean.MainTextExtractor;
import attache.clean.PageText;
import attache.model.Article;
import attache.model.BodyText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads one HTML page into an {@link Article}: the page's visible text with its non-body blocks as
 * layout, plus the address, headline and publication date its markup gives. Thread-safe.
 */
public final class HtmlArticleReader {

    private final MainTextExtractor extractor;
    private final PublicationDateFinder dates = new PublicationDateFinder();

    public HtmlArticleReader() {
        this(new MainTextExtractor());
    }

    public HtmlArticleReader(MainTextExtractor extractor) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    /**
     * The article in {@code html}.
     *
     * @param html      the file's bytes, in the charset its BOM or meta tag names (else UTF-8)
     * @param id        the article id (the caller takes it from the file name)
     * @param origin    where the bytes came from, for messages
     * @param fallback  the publication date to use when the page gives none; may be null
     * @throws InputException when the page has no article text, or no date and no fallback
     */
    public Article read(byte[] html, String id, String origin, LocalDate fallback) {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(origin, "origin");
        Document page = Jsoup.parse(CharsetSniffer.decode(html));
        return read(page, url(page), id, origin, fallback, null);
    }

    /**
     * The article in a page fetched from the web. Its URL is the address it was fetched from; the
     * charset the server declared is taken unless a byte-order mark says otherwise (as browsers do);
     * the page's own date wins over the fetch's fallback.
     *
     * @throws InputException when the page has no article text, or no date and no fallback
     */
    public Article read(WebPage fetched, String id, String origin) {
        Objects.requireNonNull(fetched, "fetched");
        Objects.requireNonNull(origin, "origin");
        Document page = Jsoup.parse(CharsetSniffer.decode(fetched.body(), fetched.charset()));
        String address = fetched.address() != null ? fetched.address() : url(page);
        return read(page, address, id, origin, fetched.fallbackDate(), fetched.fallbackTitle());
    }

    private Article read(Document page, String url, String id, String origin, LocalDate fallback, String fallbackTitle) {
        LocalDate published = dates.find(page, url).or(() -> Optional.ofNullable(fallback))
                .orElseThrow(() -> new InputException(origin, "no publication date in the page's metadata "
                        + "(meta tags, JSON-LD datePublished, <time>, URL); give one with --published"));
        PageText text = extractor.extract(page);
        if (BodyText.of(text.text(), text.layout()).text().isBlank()) {
            throw new InputException(origin, "no article text found in the HTML");
        }
        String title = title(page);
        return new Article(id, url, published, title != null ? title : blankToNull(fallbackTitle), text.text(), origin,
                text.layout());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String url(Document page) {
        String canonical = attr(page, "link[rel=canonical][href]", "href");
        if (canonical != null && canonical.contains("://")) {
            return canonical;
        }
        String og = attr(page, "meta[property=og:url][content]", "content");
        return og != null && og.contains("://") ? og : null;
    }

    private static String title(Document page) {
        String og = attr(page, "meta[property=og:title][content]", "content");
        if (og != null) {
            return og;
        }
        if (!page.title().isBlank()) {
            return page.title().strip();
        }
        Element h1 = page.selectFirst("h1");
        return h1 == null || h1.text().isBlank() ? null : h1.text().strip();
    }

    private static String attr(Document page, String query, String name) {
        Element el = page.selectFirst(query);
        if (el == null || el.attr(name).isBlank()) {
            return null;
        }
        return el.attr(name).strip();
    }
}
