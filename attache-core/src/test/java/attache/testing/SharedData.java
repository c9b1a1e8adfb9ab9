package attache.testing;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The evaluation data in {@code ../shared} beside the clone. CI has it; a user's machine may not,
 * so tests that read it call {@link #require(String)} and are skipped without it.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The shared folder, or null when there is none. */
    public static Path root() {
        String configured = System.getProperty("attache.shared");
        Path candidate = configured != null ? Path.of(configured) : Path.of("..", "shared");
        return Files.isDirectory(candidate) ? candidate.toAbsolutePath().normalize() : null;
    }

    /** A path under the shared folder; skips the calling test when it is not there. */
    public static Path require(String relative) {
        Path root = root();
        Assumptions.assumeTrue(root != null, "no ../shared beside the clone");
        Path path = root.resolve(relative);
        Assumptions.assumeTrue(Files.exists(path), "no " + path);
        return path;
    }
}
