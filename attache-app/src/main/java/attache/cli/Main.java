package attache.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code attache} command. */
@Command(name = "attache", mixinStandardHelpOptions = true, version = "attache 0.1.0",
        description = "Reads news articles and reports who did what to whom, when and where.",
        subcommands = {ProcessCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (0 ok, 1 some inputs failed, 2 usage). */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
