package attache.server;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/**
 * The set-up the route tests share: each test gets a fresh {@link TestServer} in its own temporary
 * folder, closed after it, so no test sees another's writes.
 */
abstract class ServerPerTest {

    @TempDir
    Path dir;

    TestServer server;

    @BeforeEach
    void openServer() {
        server = new TestServer(dir);
    }

    @AfterEach
    void closeServer() {
        server.close();
    }
}
