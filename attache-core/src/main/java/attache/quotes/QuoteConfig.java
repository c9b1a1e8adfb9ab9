package attache.quotes;

/**
 * How the quote stage decides what counts as one quote. Annotation schemes differ here, so both
 * choices are settings rather than guesses.
 *
 * @param partialQuotes     whether quoted fragments woven into the writer's own sentence ({@code
 *                          described the talks as "good"}) are quotes when someone is said to have
 *                          spoken them. The founding article's gold counts them; PolNeAR counts only
 *                          quotes that stand as the whole reported content.
 * @param joinAcrossSentences whether {@code "A," he said. "B."} is one quote, as PolNeAR's annotators
 *                          mostly take it (39 of 49 such cases in its test set), or two, as the
 *                          founding article's gold counts it. {@code "A," he said, "B."}, broken off
 *                          mid-sentence, is one quote either way.
 */
public record QuoteConfig(boolean partialQuotes, boolean joinAcrossSentences) {

    /** Partial quotes kept when attributed; a quote after an attribution that ends its sentence is a new quote. */
    public static final QuoteConfig DEFAULT = new QuoteConfig(true, false);

    /** PolNeAR's reading: whole reported statements only, joined across an interrupting attribution. */
    public static QuoteConfig directOnly() {
        return new QuoteConfig(false, true);
    }
}
