package attache.feeds;

import java.util.Objects;

/**
 * What a fetch returned.
 *
 * @param address     where the bytes came from after redirects
 * @param body        the response body (content encoding undone)
 * @param contentType the Content-Type header; null for a file or when the server sent none
 */
public record Fetched(String address, byte[] body, String contentType) {

    public Fetched {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(body, "body");
    }
}
