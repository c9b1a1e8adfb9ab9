package attache.quotes;

/**
 * How the quote stage decides what counts as a quote.
 *
 * @param partialQuotes whether quoted fragments woven into the writer's own sentence ({@code
 *                      described the talks as "good"}) are quotes when someone is said to have
 *                      spoken them. The founding article's gold counts them; PolNeAR counts only
 *                      quotes that stand as the whole reported content, so it wants them off.
 */
public record QuoteConfig(boolean partialQuotes) {

    /** Partial quotes kept when attributed. */
    public static final QuoteConfig DEFAULT = new QuoteConfig(true);

    /** Only quotes that stand as the whole reported content, as PolNeAR annotates direct quotes. */
    public static QuoteConfig directOnly() {
        return new QuoteConfig(false);
    }
}
