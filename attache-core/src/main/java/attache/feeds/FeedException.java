package attache.feeds;

/** A feed or page that could not be fetched or read, with the reason in words a user can act on. */
public class FeedException extends Exception {

    public FeedException(String message) {
        super(message);
    }

    public FeedException(String message, Throwable cause) {
        super(message, cause);
    }
}
