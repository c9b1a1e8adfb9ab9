package attache.store;

import java.time.LocalDate;
import java.util.List;

/**
 * One stored claim.
 *
 * @param claimId    "article#c3": the article id and the claim's position in it
 * @param side       the side it speaks for (country or organisation code)
 * @param kind       quote, reported, according_to or description
 * @param date       when the claim was made (TIMEX3 value)
 * @param cues       the words that decided the assessment, "word:polarity" joined by "; "
 * @param eventIds   the stored events it is about
 */
public record ClaimRow(String claimId, String articleId, int index, LocalDate published, String claimant,
                       String claimantCode, String side, String kind, String cue, String content, int start,
                       int end, String date, String assessment, String outcome, String cues, List<String> eventIds) {

    public ClaimRow {
        eventIds = List.copyOf(eventIds);
    }
}
