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
 * Two short stories, in our own words, that give the sides' accounts of one round of talks: the
 * first holds a conflict (Pyongyang against Washington) and an agreement (Seoul and Tokyo) with each
 * side's positions; the second, a day later, adds another Washington account of the same talks, so
 * the store compares accounts across both articles. Hand-built, so no CoreNLP.
 */
final class AccountStories {

    static final Actor PRK = actor("North Korea", "PRK", null);
    static final Actor PRKGOV = actor("Pyongyang", "PRK", "GOV");
    static final Actor USA = actor("United States", "USA", null);
    static final Actor USAGOV = actor("State Department", "USA", "GOV");
    static final Actor KORGOV = actor("Seoul", "KOR", "GOV");
    static final Actor JPNGOV = actor("Tokyo", "JPN", "GOV");

    static final String FIRST = "stockholm-accounts";
    static final String SECOND = "stockholm-followup";

    static final String PRK_CONTENT = "the talks broke down because the other side brought nothing new";
    static final String USA_CONTENT = "the discussions were good and produced creative ideas";

    private AccountStories() {
    }

    /** Claims 0 (PRK, negative), 1 (USA, positive), 2 (KOR, positive), 3 (JPN, positive); two positions. */
    static AnalyzedArticle first() {
        String text = "North Korea and the United States held talks in Stockholm on Saturday. Pyongyang said "
                + PRK_CONTENT + ". The State Department said " + USA_CONTENT + ". Seoul said the meeting"
                + " was useful. Tokyo said the meeting was a helpful step. The United States has demanded that the"
                + " North give up its nuclear programme first. North Korea has insisted on sanctions relief step by"
                + " step.";
        return StoryBuilder.article(FIRST, "https://example-wire.org/stockholm", "2019-10-07",
                        "Two accounts of the Stockholm talks", text)
                .entity("North Korea", EntityType.LOCATION, PRK)
                .entity("United States", EntityType.LOCATION, USA)
                .entity("Pyongyang", EntityType.LOCATION, PRKGOV)
                .entity("State Department", EntityType.ORGANIZATION, USAGOV)
                .time("Saturday", "2019-10-05")
                .event("North Korea", PRK, "the United States", USA, cameo("040", 1, 1.0, Plover.CONSULT),
                        "2019-10-05", "Stockholm", false, Modality.ASSERTED, "held talks",
                        "North Korea and the United States held talks in Stockholm on Saturday.")
                .claim("Pyongyang", PRKGOV, Claim.Kind.REPORTED, "said", PRK_CONTENT, List.of(0), "ended",
                        "broke down:negative", "nothing new:negative")
                .claim("State Department", USAGOV, Claim.Kind.REPORTED, "said", USA_CONTENT, List.of(0), null,
                        "good:positive", "creative ideas:positive")
                .claim("Seoul", KORGOV, Claim.Kind.REPORTED, "said", "the meeting was useful", List.of(0), null,
                        "useful:positive")
                .claim("Tokyo", JPNGOV, Claim.Kind.REPORTED, "said", "the meeting was a helpful step", List.of(0),
                        null, "helpful:positive")
                .position("The United States", USA, "demand", "demanded",
                        "the North give up its nuclear programme first",
                        "The United States has demanded that the North give up its nuclear programme first.",
                        "nuclear-programme")
                .position("North Korea", PRK, "insist", "insisted", "sanctions relief step by step",
                        "North Korea has insisted on sanctions relief step by step.", "sanctions")
                .relation(AccountRelation.Relation.CONFLICT, 0, "PRK", List.of(0), "USA", List.of(1))
                .relation(AccountRelation.Relation.AGREEMENT, 0, "KOR", List.of(2), "JPN", List.of(3))
                .build();
    }

    /** A day later: Washington's account again, of the same talks (one claim, no relation of its own). */
    static AnalyzedArticle second() {
        String text = "North Korea and the United States held talks in Stockholm on Saturday. A spokeswoman for"
                + " Washington said the round was productive.";
        return StoryBuilder.article(SECOND, null, "2019-10-08", "Washington on the Stockholm round", text)
                .entity("North Korea", EntityType.LOCATION, PRK)
                .entity("United States", EntityType.LOCATION, USA)
                .entity("Washington", EntityType.LOCATION, actor("Washington", "USA", "GOV"))
                .time("Saturday", "2019-10-05")
                .event("North Korea", PRK, "the United States", USA, cameo("040", 1, 1.0, Plover.CONSULT),
                        "2019-10-05", "Stockholm", false, Modality.ASSERTED, "held talks",
                        "North Korea and the United States held talks in Stockholm on Saturday.")
                .claim("Washington", actor("Washington", "USA", "GOV"), Claim.Kind.REPORTED, "said",
                        "the round was productive", List.of(0), null, "productive:positive")
                .build();
    }
}
