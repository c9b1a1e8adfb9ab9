package attache.merge;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What story clustering needs of an article: its id, where and when it was published, and its body.
 *
 * @param id        the article's stable id
 * @param outlet    who published it ("Yonhap", "reuters.com"); not used to cluster, kept for callers
 * @param published the publication date; the earliest member of a story names it
 * @param body      the article text, preferably with boilerplate already removed
 */
public record ArticleText(String id, String outlet, LocalDate published, String body) {

    public ArticleText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(body, "body");
    }
}
