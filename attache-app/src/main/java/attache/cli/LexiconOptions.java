package attache.cli;

import attache.actors.ActorLexicons;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The dictionaries a command adds to the bundled lexicons. */
final class LexiconOptions {

    @Option(names = "--dictionary", paramLabel = "FILE",
            description = "An actor dictionary to add: our JSON format (.json) or a PETRARCH/Phoenix actors or"
                    + " agents file (.txt). Repeatable.")
    List<Path> dictionaries = new ArrayList<>();

    ActorLexicons lexicons() {
        return ActorLexicons.bundled().with(dictionaries);
    }
}
