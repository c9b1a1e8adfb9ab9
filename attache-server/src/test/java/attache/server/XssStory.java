package attache.server;

import attache.model.AccountRelation;
import attache.model.Actor;
import attache.model.AnalyzedArticle;
import attache.model.Claim;
import attache.model.EntityType;
import attache.model.Modality;
import attache.model.Plover;
import attache.store.testing.StoryBuilder;

import java.util.List;

import static attache.store.testing.StoryBuilder.actor;
import static attache.store.testing.StoryBuilder.cameo;

/**
 * A hostile article: markup and script in its title, text, quote, speaker and actor names, claimants'
 * names and claims' content (two sides' accounts that conflict), and a {@code javascript:} URL. Every page that shows it must show these as text and run none of them.
 */
final class XssStory {

    static final String SCRIPT = "<script>window.__pwned=1</script>";
    static final String IMG = "<img src=x onerror=\"window.__pwned=1\">";
    static final String URL = "javascript:window.__pwned=1";
    static final String ID = "hostile";

    static final Actor ENVOY = actor(IMG, "NOR", "GOV");
    static final Actor HOST = actor(SCRIPT, "SWE", "GOV");

    private static final String TEXT = "OSLO, Dec 3 -- The envoy " + IMG + " met the minister " + SCRIPT
            + " in Oslo on Tuesday. \"We agree " + SCRIPT + "\" said " + IMG + ". Details at " + URL + " today."
            + " Stockholm " + SCRIPT + " declared the meeting " + IMG + " a failure. Oslo " + IMG
            + " answered that the meeting was a success " + SCRIPT + ".";

    static final Actor SWEDISH_OFFICE = actor("Stockholm " + SCRIPT, "SWE", "GOV");
    static final Actor NORWEGIAN_OFFICE = actor("Oslo " + IMG, "NOR", "GOV");

    private XssStory() {
    }

    static AnalyzedArticle build() {
        String sentence = "The envoy " + IMG + " met the minister " + SCRIPT + " in Oslo on Tuesday.";
        return StoryBuilder.article(ID, URL, "2019-12-03", "Talks " + SCRIPT + IMG, TEXT)
                .entity(IMG, EntityType.PERSON, ENVOY)
                .entity(SCRIPT, EntityType.PERSON, HOST)
                .time("Tuesday", "2019-12-03")
                .quote("We agree " + SCRIPT, IMG)
                .event(IMG, ENVOY, SCRIPT, HOST, cameo("040", 1, 1.0, Plover.CONSULT), "2019-12-03", null, false,
                        Modality.ASSERTED, "met", sentence)
                .claim("Stockholm " + SCRIPT, SWEDISH_OFFICE, Claim.Kind.REPORTED, "declared",
                        "the meeting " + IMG + " a failure", List.of(0), null, "failure:negative")
                .claim("Oslo " + IMG, NORWEGIAN_OFFICE, Claim.Kind.REPORTED, "answered",
                        "the meeting was a success " + SCRIPT, List.of(0), null, "success " + SCRIPT + ":positive")
                .relation(AccountRelation.Relation.CONFLICT, 0, "SWE", List.of(0), "NOR", List.of(1))
                .build();
    }
}
