package attache.store;

import java.util.List;

/**
 * Two sides' accounts of one event that conflict or agree.
 *
 * @param scope      "article": found within one article (its event id); "store": over every stored
 *                   claim of one merged event (its merged id), across articles
 * @param event      the event id or merged event id; for an article's relation about an episode the
 *                   coder coded no event for, the article id and the episode ("seed CONSULT")
 * @param relation   conflict or agreement
 * @param reason     assessment or outcome
 * @param firstClaims the first side's claim ids ("article#c3")
 */
public record ConflictRow(String scope, String event, String relation, String reason, String firstSide,
                          List<String> firstClaims, String secondSide, List<String> secondClaims) {

    public ConflictRow {
        firstClaims = List.copyOf(firstClaims);
        secondClaims = List.copyOf(secondClaims);
    }
}
