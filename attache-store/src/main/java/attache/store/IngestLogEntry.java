package attache.store;

import java.time.LocalDateTime;

/** One rejected input: where it came from, why, and when it was first logged (UTC by default). */
public record IngestLogEntry(long id, String origin, String reason, LocalDateTime loggedAt) {
}
