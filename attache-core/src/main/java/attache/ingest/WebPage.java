package attache.ingest;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An HTML page as fetched from the web (a WARC response record, a feed item's page), with what the
 * fetch tells beyond the page itself.
 *
 * @param body          the payload, with transfer and content encodings already undone
 * @param address       the address it was fetched from: the article's URL
 * @param charset       the charset the HTTP Content-Type header declared; null when it declared none
 * @param fallbackDate  the publication date to take when the page gives none (a feed item's date, the
 *                      user's {@code --published}); null to refuse such a page
 * @param fallbackTitle the headline to take when the page gives none (a feed item's title); may be null
 */
public record WebPage(byte[] body, String address, Charset charset, LocalDate fallbackDate, String fallbackTitle) {

    public WebPage {
        Objects.requireNonNull(body, "body");
    }

    /** The charset a Content-Type header value names ({@code text/html; charset=ISO-8859-1}), or null. */
    public static Charset charsetOf(String contentType) {
        return CharsetSniffer.fromContentType(contentType);
    }
}
