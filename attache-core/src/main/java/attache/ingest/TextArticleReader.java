package attache.ingest;

import attache.model.Article;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/**
 * A plain-text article: the file's text as it is. Its publication date is the one the user gave;
 * failing that, the one its dateline gives ("SEOUL, Oct. 7 (Yonhap) --", year from context).
 */
public final class TextArticleReader {

    private final Optional<LocalDate> givenDate;
    private final Function<String, Optional<LocalDate>> datelineDate;

    /**
     * @param givenDate    the CLI's --published, which wins when present
     * @param datelineDate finds a publication date in the text's dateline
     */
    public TextArticleReader(Optional<LocalDate> givenDate, Function<String, Optional<LocalDate>> datelineDate) {
        this.givenDate = givenDate;
        this.datelineDate = datelineDate;
    }

    public Article read(String text, String id, String origin) {
        if (text.isBlank()) {
            throw new InputException(origin, "no text (only whitespace)");
        }
        LocalDate published = givenDate.or(() -> datelineDate.apply(text)).orElseThrow(() -> new InputException(
                origin, "no publication date: give one with --published, or open the text with a dateline"
                        + " such as \"SEOUL, Oct. 7 (Yonhap) --\""));
        return new Article(id, null, published, null, text, origin);
    }
}
