package attache.model;

import java.net.URI;
import java.util.Locale;

/**
 * The outlet an article came from, as the store and the Spark job both name it: the host of its URL
 * without "www.", in lower case.
 */
public final class Outlet {

    private Outlet() {
    }

    /** The outlet of {@code url}; null without a URL or a host in it. */
    public static String of(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
