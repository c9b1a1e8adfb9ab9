package attache.ingest;

import java.util.Objects;

/**
 * An input that cannot become an article, with a reason a user can act on. Unchecked, so a batch
 * runner can catch it per input and report it, while a single-file run simply prints it.
 */
public final class InputException extends RuntimeException {

    private final String origin;
    private final String reason;

    public InputException(String origin, String reason) {
        super(Objects.requireNonNull(origin, "origin") + ": " + Objects.requireNonNull(reason, "reason"));
        this.origin = origin;
        this.reason = reason;
    }

    /** The input (file, file:line, URL) that was rejected. */
    public String origin() {
        return origin;
    }

    /** Why it was rejected, without the origin. */
    public String reason() {
        return reason;
    }
}
