package attache.export;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One report of an event: the sentence of one article that tells it.
 *
 * @param eventId    the global id of the event it reports
 * @param articleId  the article's id
 * @param url        where the article was published; may be null
 * @param outlet     the publisher ("yna.co.kr"); may be null
 * @param published  the article's publication date
 * @param sentence   index of the sentence in the article, from 0
 * @param charStart  start of the evidence in the article's text
 * @param charEnd    end of the evidence (exclusive)
 * @param confidence how sure the coder is, 0 to 1
 * @param evidence   exactly the article's text in {@code [charStart, charEnd)}; the writers slice
 *                   actor and trigger words out of it by offset
 */
public record ExportMention(long eventId, String articleId, String url, String outlet, LocalDate published,
                            int sentence, int charStart, int charEnd, double confidence, String evidence) {

    public ExportMention {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(evidence, "evidence");
        if (charStart < 0 || charEnd < charStart) {
            throw new IllegalArgumentException("bad span [" + charStart + ", " + charEnd + ")");
        }
    }

    /** The words at {@code [start, end)} of the article, when this mention's evidence covers them. */
    public java.util.Optional<String> slice(int start, int end) {
        if (start < charStart || end > charEnd || end < start || evidence.length() != charEnd - charStart) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(evidence.substring(start - charStart, end - charStart));
    }
}
