package attache.cli;

import attache.ingest.InputCollector;
import attache.output.DocumentWriter;
import attache.pipeline.BatchReport;
import attache.pipeline.BatchRunner;
import attache.pipeline.StandardPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code attache process}: articles in, one JSON document per article out. */
@Command(name = "process", mixinStandardHelpOptions = true,
        description = "Analyse articles and write one JSON document per article, one per line.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was analysed", "1:some inputs failed (listed at the end)",
                "2:usage error"})
final class ProcessCommand implements Callable<Integer> {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write the documents (default: standard output).")
    Path output;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads sharing one loaded model (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--tagger-only",
            description = "Write CoreNLP's own entities and SUTime's own times instead of Attaché's (for measuring).")
    boolean taggerOnly;

    @Mixin
    InputOptions input;

    @Mixin
    LexiconOptions lexiconOptions;

    private final Main.Models models;

    ProcessCommand(Main.Models models) {
        this.models = models;
    }

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        BatchReport report;
        try (InputCollector.Inputs inputs = input.open(); Writer out = open(output)) {
            // the models load when the first article arrives: a batch of refused inputs loads nothing
            BatchRunner runner = new BatchRunner(() -> StandardPipeline.build(models.engine(), lexiconOptions.lexicons(),
                    lexiconOptions.quoteConfig()), threads);
            DocumentWriter writer = new DocumentWriter(taggerOnly);
            report = runner.run(inputs, doc -> {
                out.write(writer.toJsonLine(doc));
                out.write('\n');
            }, new ConsoleListener(err));
        }
        ConsoleListener.printArchives(err, input.archives());
        ConsoleListener.printSummary(err, report);
        return report.hasFailures() ? 1 : 0;
    }

    private static Writer open(Path output) throws IOException {
        if (output == null) {
            return new BufferedWriter(new OutputStreamWriter(new NonClosing(System.out), StandardCharsets.UTF_8));
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
    }

    /** Standard output stays open for whatever prints after the documents. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
