package attache.store.testing;

import attache.model.Actor;
import attache.model.AnalyzedArticle;
import attache.model.BoilerplateKind;
import attache.model.EntityType;
import attache.model.Modality;
import attache.model.Plover;

import static attache.store.testing.StoryBuilder.actor;
import static attache.store.testing.StoryBuilder.cameo;

/** Three short analysed stories, in our own words, and a rewrite of the first. */
public final class Stories {

    public static final Actor PRK = actor("North Korea", "PRK", null);
    public static final Actor PRKGOV = actor("Kim Myong-gil", "PRK", "GOV");
    public static final Actor USA = actor("United States", "USA", null);
    public static final Actor USAGOV = actor("Washington", "USA", "GOV");
    public static final Actor KOR = actor("South Korea", "KOR", null);
    public static final Actor KORGOV = actor("Seoul", "KOR", "GOV");
    public static final Actor JPN = actor("Japan", "JPN", null);

    private static final String TALKS_TEXT = "SEOUL, Oct 7 (Yonhap) -- North Korea and the United States held talks"
            + " in Stockholm on Saturday. Kim Myong-gil said \"the talks broke down\" because Washington had not"
            + " changed its stance. South Korea urged both sides to keep talking. North Korea did not fire missiles"
            + " at South Korea.";

    private Stories() {
    }

    public static AnalyzedArticle talks() {
        StoryBuilder b = StoryBuilder.article("talks", "https://www.Wire-Service.com/2019/talks", "2019-10-07",
                TALKS_TEXT);
        return b.boilerplate("(Yonhap)", BoilerplateKind.AGENCY_CREDIT)
                .entity("North Korea", EntityType.LOCATION, PRK)
                .entity("United States", EntityType.LOCATION, USA)
                .entity("Kim Myong-gil", EntityType.PERSON, PRKGOV)
                .entity("Washington", EntityType.LOCATION, USAGOV)
                .entity("South Korea", EntityType.LOCATION, KOR)
                .time("Saturday", "2019-10-05")
                .quote("the talks broke down", "Kim Myong-gil")
                .event("North Korea", PRK, "the United States", USA, cameo("040", 1, 1.0, Plover.CONSULT),
                        "2019-10-05", "Stockholm", false, Modality.ASSERTED, "held talks",
                        "North Korea and the United States held talks in Stockholm on Saturday.",
                        "Kim Myong-gil said \"the talks broke down\"")
                .event("South Korea", KOR, null, null, cameo("100", 3, -5.0, Plover.REQUEST), "2019-10-07", null,
                        false, Modality.ASSERTED, "urged", "South Korea urged both sides to keep talking.")
                .event("North Korea did not", PRK, "at South Korea", KOR, cameo("190", 4, -10.0, Plover.ASSAULT),
                        "2019-10", null, true, Modality.ASSERTED, "fire",
                        "North Korea did not fire missiles at South Korea.")
                .build();
    }

    /** The talks story corrected: shorter, one event left. */
    public static AnalyzedArticle talksCorrected() {
        StoryBuilder b = StoryBuilder.article("talks", "https://www.Wire-Service.com/2019/talks", "2019-10-07",
                "North Korea and the United States met in Stockholm on Saturday.");
        return b.entity("North Korea", EntityType.LOCATION, PRK)
                .entity("United States", EntityType.LOCATION, USA)
                .event("North Korea", PRK, "the United States", USA, cameo("040", 1, 1.0, Plover.CONSULT),
                        "2019-10-05", "Stockholm", false, Modality.ASSERTED, "met",
                        "North Korea and the United States met in Stockholm on Saturday.")
                .build();
    }

    public static AnalyzedArticle aid() {
        StoryBuilder b = StoryBuilder.article("aid", "https://example-news.org/aid?id=4", "2019-11-02",
                "GENEVA, Nov 2 -- Japan sent food aid to North Korea on Friday. Washington welcomed the shipment."
                        + " \"This will help families through the winter,\" said Maria Lopez.");
        return b.entity("Japan", EntityType.LOCATION, JPN)
                .entity("North Korea", EntityType.LOCATION, PRK)
                .entity("Washington", EntityType.LOCATION, USAGOV)
                .entity("Maria Lopez", EntityType.PERSON, actor("Maria Lopez", "USA", "GOV"))
                .time("Friday", "2019-11-01")
                .quote("This will help families through the winter,", "Maria Lopez")
                .event("Japan", JPN, "North Korea", PRK, cameo("070", 2, 7.0, Plover.AID), "2019-11-01", null,
                        false, Modality.ASSERTED, "sent", "Japan sent food aid to North Korea on Friday.")
                .event("Washington", USAGOV, "Japan", JPN, cameo("051", 1, 3.4, Plover.SUPPORT), "2019-11-02", null,
                        false, Modality.REPORTED, "welcomed", "Washington welcomed the shipment.")
                .build();
    }

    /** No URL, and an event whose date names no calendar period. */
    public static AnalyzedArticle protest() {
        StoryBuilder b = StoryBuilder.article("protest", null, "2019-12-01",
                "Officials in Seoul protested to Japan again. No date was given.");
        return b.entity("Seoul", EntityType.LOCATION, KORGOV)
                .entity("Japan", EntityType.LOCATION, JPN)
                .event("Officials in Seoul", KORGOV, "Japan", JPN, cameo("140", 3, -6.5, Plover.PROTEST), "PAST_REF",
                        null, false, Modality.ASSERTED, "protested", "Officials in Seoul protested to Japan again.")
                .build();
    }
}
