package attache.ingest;

/**
 * An input that cannot become an article, with the reason in words a user can act on. Its message
 * is "origin: reason".
 */
public class InputException extends RuntimeException {

    private final String origin;
    private final String reason;

    public InputException(String origin, String reason) {
        super(origin + ": " + reason);
        this.origin = origin;
        this.reason = reason;
    }

    public String origin() {
        return origin;
    }

    public String reason() {
        return reason;
    }
}
