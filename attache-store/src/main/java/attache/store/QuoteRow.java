package attache.store;

import java.time.LocalDate;

/**
 * One stored quote. Speaker fields are null when the text names no speaker.
 *
 * @param index position of the quote in its article
 * @param start start of the quoted words in the article text
 * @param end   end of the quoted words
 */
public record QuoteRow(String articleId, int index, LocalDate published, String outlet, String speaker,
                       String speakerActorCode, String text, int start, int end) {
}
