package attache.store;

import java.time.LocalDate;
import java.util.List;

/**
 * One stored position: an actor's standing demand or stance on some issues.
 *
 * @param positionId    "article#p2": the article id and the position's place in its document's positions
 * @param holderCountry the holder's country code, null for an actor with none
 * @param span          the words stood for or against, at [start, end) in the article's text
 * @param phrase        the stance normalised ("demand: north take sweeping denuclearization step first")
 * @param issues        the issues of the topic lexicon it bears on
 * @param since         the date it is held as of (TIMEX3 value), and where that date came from
 * @param evidenceStart the sentence it was read from, at [evidenceStart, evidenceEnd)
 */
public record PositionRow(String positionId, String articleId, int index, LocalDate published, String holder,
                          String holderCode, String holderCountry, String stance, String span, int start, int end,
                          String phrase, List<String> issues, String since, String dateSource, int evidenceStart,
                          int evidenceEnd) {

    public PositionRow {
        issues = List.copyOf(issues);
    }
}
