package attache.cli;

import attache.actors.PhraseResolver;
import attache.actors.PhraseTokens;
import attache.actors.Resolution;
import attache.model.Actor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code attache actor}: the actor a short text resolves to, one JSON object per text. */
@Command(name = "actor", mixinStandardHelpOptions = true,
        description = "Resolve short texts (\"South Korean envoy\", \"Nikol Pashinyan\") to CAMEO actors.")
final class ActorCommand implements Callable<Integer> {

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The date offices are looked up on (default: today).")
    LocalDate date;

    @Option(names = "--context", paramLabel = "TEXT",
            description = "Words around the text that may name its country (\"Mexican\").")
    String context;

    @Mixin
    LexiconOptions lexiconOptions;

    @Parameters(paramLabel = "TEXT", arity = "1..*")
    List<String> texts;

    @Override
    public Integer call() throws Exception {
        PhraseResolver resolver = new PhraseResolver(lexiconOptions.lexicons());
        LocalDate on = date != null ? date : LocalDate.now();
        Set<String> hints = contextCountries(resolver, on);
        ObjectMapper mapper = new ObjectMapper();
        boolean allFound = true;
        for (String text : texts) {
            Resolution r = resolver.resolve(PhraseTokens.split(text), on, hints);
            System.out.println(mapper.writeValueAsString(toJson(mapper, text, r)));
            allFound &= r.actor().isPresent();
        }
        return allFound ? 0 : 1;
    }

    private Set<String> contextCountries(PhraseResolver resolver, LocalDate on) {
        Set<String> out = new HashSet<>();
        if (context != null) {
            resolver.resolve(PhraseTokens.split(context), on, Set.of()).actor()
                    .map(Actor::country).ifPresent(out::add);
        }
        return out;
    }

    static ObjectNode toJson(ObjectMapper mapper, String text, Resolution r) {
        ObjectNode node = mapper.createObjectNode();
        node.put("text", text);
        if (r instanceof Resolution.Found found) {
            Actor a = found.value();
            node.put("name", a.name());
            node.put("country", a.country());
            if (a.organisation() != null) {
                node.put("organisation", a.organisation());
            }
            node.put("agent", a.agent());
            node.put("secondary", a.secondary());
            node.put("code", a.code());
            node.put("source", a.source());
        } else {
            node.putNull("country");
            node.put("reason", ((Resolution.None) r).reason());
        }
        return node;
    }
}
