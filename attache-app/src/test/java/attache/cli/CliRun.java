package attache.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** One in-process run of the command line on the shared engine, with what it printed. */
record CliRun(int exit, String stdout, String stderr) {

    static final Main.Models MODELS = new Main.Models(attache.testing.Models::engine);

    static CliRun of(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int exit = Main.run(MODELS, args);
            return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /** The test corpus of eight short stories, copied into {@code dir}. */
    static Path corpus(Path dir) throws IOException {
        Path p = dir.resolve("corpus.jsonl");
        try (InputStream in = CliRun.class.getResourceAsStream("/store/corpus.jsonl")) {
            Files.copy(in, p);
        }
        return p;
    }
}
