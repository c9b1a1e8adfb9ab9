package attache.server;

import java.util.Optional;

/**
 * How the server answers.
 *
 * @param token        the bearer token writes need; empty when writes are open to anyone
 * @param maxBodyBytes the largest request body accepted; larger ones get 413
 */
public record ServerOptions(Optional<String> token, long maxBodyBytes) {

    /** Two megabytes. */
    public static final long DEFAULT_MAX_BODY = 2L * 1024 * 1024;

    public ServerOptions {
        java.util.Objects.requireNonNull(token, "token");
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive");
        }
    }

    public static ServerOptions withToken(String token) {
        return new ServerOptions(Optional.of(token), DEFAULT_MAX_BODY);
    }

    public static ServerOptions open() {
        return new ServerOptions(Optional.empty(), DEFAULT_MAX_BODY);
    }
}
