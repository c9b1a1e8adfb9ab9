package attache.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void token_and_open_together_are_refused() {
        CliRun run = CliRun.of("serve", "--db", dir.toString(), "--open", "--token", "t");
        assertEquals(2, run.exit());
        assertTrue(run.stderr().contains("--token or --open"), run.stderr());
    }

    @Test
    void help_lists_the_options() {
        CliRun run = CliRun.of("serve", "--help");
        assertEquals(0, run.exit());
        for (String option : new String[] {"--db", "--port", "--host", "--token", "--open", "--max-body"}) {
            assertTrue(run.stdout().contains(option), option);
        }
    }

    @Test
    void busy_port_is_one_line_and_exit_2() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRun run = CliRun.of("serve", "--db", dir.toString(), "--port", Integer.toString(busy.getLocalPort()));
            assertEquals(2, run.exit(), run.stderr());
            assertTrue(run.stderr().startsWith("attache: error: "), run.stderr());
            assertTrue(run.stderr().lines().count() <= 2, run.stderr());
        }
    }
}
