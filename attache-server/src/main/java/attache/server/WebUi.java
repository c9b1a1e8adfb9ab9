package attache.server;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;

/**
 * The web UI: plain HTML, CSS and JavaScript modules from the classpath folder {@code attache/web},
 * served at /. Jetty's resource handler serves only files inside that folder: a path that climbs out
 * of it ({@code /../}, {@code %2e%2e}) is refused before it reaches the files.
 */
final class WebUi {

    /** The classpath folder the UI's files live in. */
    static final String FOLDER = "/attache/web";

    private WebUi() {
    }

    static void register(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = FOLDER;
            files.location = Location.CLASSPATH;
        });
    }
}
