package attache.feeds;

import java.util.Locale;

/** Where a feed item stands. Only {@link #RETRY} items are fetched again. */
public enum ItemStatus {
    /** Its page was read and stored (or was already stored, from another feed). */
    INGESTED,
    /** Its page was fetched but is not an article (no text, not English, no date): fetching again would not help. */
    REFUSED,
    /** Its page could not be fetched; it will be tried again after a wait. */
    RETRY,
    /** Its page could not be fetched in the allowed number of attempts; given up. */
    FAILED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ItemStatus ofLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
