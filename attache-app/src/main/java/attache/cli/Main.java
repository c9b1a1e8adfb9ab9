package attache.cli;

import attache.nlp.CoreNlpEngine;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.function.Supplier;

/** The {@code attache} command. */
@Command(name = "attache", mixinStandardHelpOptions = true, version = "attache 0.1.0",
        description = "Reads news articles and reports who did what to whom, when and where.",
        subcommands = {ProcessCommand.class, ActorCommand.class, BenchCommand.class, IngestCommand.class,
                EventsCommand.class, TimelineCommand.class, QuotesCommand.class, ClaimsCommand.class, ConflictsCommand.class,
                StatsCommand.class, SearchCommand.class,
                ExportCommand.class, ServeCommand.class, WatchCommand.class, LoadParquetCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(new Models(CoreNlpEngine::load), args));
    }

    /**
     * Runs the command line and returns its exit code (0 ok, 1 some inputs failed, 2 usage). The
     * engine is loaded at most once, when a command first needs it, so a caller that runs many
     * commands in one JVM (a test) can share it.
     */
    public static int run(Models models, String... args) {
        return new CommandLine(new Main(), new Factory(models))
                .setExecutionExceptionHandler(Main::reportFailure)
                .execute(args);
    }

    /**
     * A command that cannot start (an unreadable dictionary, an output file that cannot be written)
     * says why in one line rather than a stack trace, and exits 2 like a usage error.
     */
    private static int reportFailure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        if (e instanceof java.io.UncheckedIOException && e.getCause() != null) {
            message += ": " + e.getCause().getMessage();
        }
        cmd.getErr().println("attache: error: " + message);
        return 2;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    /** The models a run may need, loaded on first use. */
    public static final class Models {
        private final Supplier<CoreNlpEngine> loader;
        private CoreNlpEngine engine;

        public Models(Supplier<CoreNlpEngine> loader) {
            this.loader = loader;
        }

        synchronized CoreNlpEngine engine() {
            if (engine == null) {
                engine = loader.get();
            }
            return engine;
        }
    }

    /** Hands the models to the commands that take them. */
    private record Factory(Models models) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == ProcessCommand.class) {
                return cls.cast(new ProcessCommand(models));
            }
            if (cls == BenchCommand.class) {
                return cls.cast(new BenchCommand(models));
            }
            if (cls == IngestCommand.class) {
                return cls.cast(new IngestCommand(models));
            }
            if (cls == ServeCommand.class) {
                return cls.cast(new ServeCommand(models));
            }
            if (cls == WatchCommand.class) {
                return cls.cast(new WatchCommand(models));
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }
}
