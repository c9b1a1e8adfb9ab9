package attache.events;

import attache.model.Modality;

import java.util.OptionalInt;

/**
 * How the text tells an event: whether it says it did not happen, its modality, and for a reported
 * event the token of the one who reports it.
 *
 * @param negated  the text says it did not happen
 * @param modality asserted, reported, planned or hypothetical
 * @param reporter the token of the reporting verb, when the event stands in reported speech
 * @param intent   for a planned event, the token that states the plan ("plans", "invitation",
 *                 or the predicate itself for "will meet"): the intention is dated by its clause
 * @param condition the subordinator of a condition set on the event or on the clause announcing
 *                 it ("if", "unless"), when there is one: "will withdraw unless …" is an ultimatum
 * @param failed   a governing word says the act was not achieved or will not be let happen ("failed
 *                 to reach agreement", "ruled out lifting"): a cooperative act so told is a refusal
 */
record Telling(boolean negated, Modality modality, OptionalInt reporter, OptionalInt intent,
               java.util.Optional<String> condition, boolean failed) {
}
