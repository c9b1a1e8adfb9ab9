package attache.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One news article as it came in: the text a reader sees (captions and footers included), its
 * publication date and where it came from. For HTML input, {@code text} is the visible text of the
 * page as extracted; offsets of every later layer point into {@code text}.
 *
 * @param id        stable identifier (from the input record, or the file name)
 * @param url       where it was published; may be null
 * @param published the publication date, against which relative dates resolve
 * @param title     the headline; may be null
 * @param text      the article text
 * @param origin    the input it was read from (file, file:line, URL), for error messages
 * @param layout    spans that the page's markup already shows are not body (navigation, ads,
 *                  comments of an HTML page); empty for plain text
 */
public record Article(String id, String url, LocalDate published, String title, String text,
                      String origin, List<Boilerplate> layout) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origin, "origin");
        layout = List.copyOf(layout);
    }

    /** A plain-text article, with no layout information. */
    public Article(String id, String url, LocalDate published, String title, String text, String origin) {
        this(id, url, published, title, text, origin, List.of());
    }
}
