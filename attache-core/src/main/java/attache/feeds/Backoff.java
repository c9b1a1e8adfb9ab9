package attache.feeds;

import java.time.Duration;
import java.util.Objects;

/**
 * Exponential backoff: the wait after {@code n} consecutive failures is {@code base × 2^(n-1)},
 * never more than {@code cap}.
 */
public record Backoff(Duration base, Duration cap) {

    public Backoff {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(cap, "cap");
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < base <= cap, not " + base + " and " + cap);
        }
    }

    /** The wait after {@code failures} (at least 1) failures in a row. */
    public Duration after(int failures) {
        if (failures < 1) {
            return Duration.ZERO;
        }
        Duration wait = base;
        for (int i = 1; i < failures && wait.compareTo(cap) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(cap) > 0 ? cap : wait;
    }
}
