package attache.cli;

import attache.actors.ActorLexicons;
import attache.quotes.QuoteConfig;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** How the pipeline is set up: the dictionaries added to the bundled lexicons, and which quotes count. */
final class LexiconOptions {

    /** Which quotes a run reports. */
    enum QuoteKind { all, direct }

    @Option(names = "--dictionary", paramLabel = "FILE",
            description = "An actor dictionary to add: our JSON format (.json) or a PETRARCH/Phoenix actors or"
                    + " agents file (.txt). Repeatable.")
    List<Path> dictionaries = new ArrayList<>();

    @Option(names = "--quotes", paramLabel = "all|direct",
            description = "all: every quote, including attributed fragments woven into a sentence (\"described the"
                    + " talks as 'good'\"), and a new quote after an attribution that ends its sentence; direct:"
                    + " whole quoted statements only, joined across such attributions (PolNeAR's reading)."
                    + " Default: ${DEFAULT-VALUE}.")
    QuoteKind quotes = QuoteKind.all;

    ActorLexicons lexicons() {
        return ActorLexicons.bundled().with(dictionaries);
    }

    QuoteConfig quoteConfig() {
        return quotes == QuoteKind.direct ? QuoteConfig.directOnly() : QuoteConfig.DEFAULT;
    }
}
