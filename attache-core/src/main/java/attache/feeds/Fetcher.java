package attache.feeds;

/** Fetches a feed or a page by address: http(s), file: URLs, or a plain file path. */
@FunctionalInterface
public interface Fetcher {

    /** The body at {@code address}; a failure (HTTP error, timeout, missing file) is a {@link FeedException}. */
    Fetched fetch(String address) throws FeedException;
}
