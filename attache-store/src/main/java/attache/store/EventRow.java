package attache.store;

import java.time.LocalDate;

/**
 * One stored event as the queries report it, with the article it came from and its first evidence.
 * Nullable: url, outlet, target*, mode, day, place*, claimant*.
 *
 * @param eventId  {@code <article id>#<index of the event in the article>}
 * @param date     the TIMEX3 value of the event's date ("2019-10-05", "2019-10")
 * @param day      the first day of that period, or null when it names none
 */
public record EventRow(String eventId, String articleId, String url, String outlet, LocalDate published,
                       String sourceName, String sourceCode, String targetName, String targetCode, String type,
                       String mode, String cameo, String cameoName, int quadClass, double goldstein, String date,
                       LocalDate day, String place, String placeCountry, boolean negated, String modality,
                       String claimantName, String claimantCode, int sentence, int evidenceStart,
                       int evidenceEnd, String evidenceText, String pattern, double confidence) {
}
