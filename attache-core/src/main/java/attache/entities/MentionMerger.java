package attache.entities;

import attache.model.EntityType;
import attache.model.Mention;
import attache.model.TextSpan;

import java.util.ArrayList;
import java.util.List;

/** Joins mentions the tagger cut in two. */
final class MentionMerger {

    private MentionMerger() {
    }

    /**
     * A place name followed, across a single space, by an organisation name is the organisation's
     * full name ("U.S. State Department", "Japanese Foreign Ministry" when tagged so): the tagger
     * often labels the two parts apart.
     */
    static List<Mention> mergePlaceIntoOrganisation(List<Mention> mentions, String text) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (i + 1 < mentions.size() && joins(m, mentions.get(i + 1), text)) {
                Mention org = mentions.get(i + 1);
                TextSpan span = new TextSpan(m.span().start(), org.span().end());
                String surface = span.of(text);
                out.add(new Mention(span, surface, EntityType.ORGANIZATION, m.sentence(), surface));
                i++;
            } else {
                out.add(m);
            }
        }
        return out;
    }

    private static boolean joins(Mention place, Mention org, String text) {
        return place.type() == EntityType.LOCATION && org.type() == EntityType.ORGANIZATION
                && place.sentence() == org.sentence()
                && org.span().start() == place.span().end() + 1
                && text.charAt(place.span().end()) == ' ';
    }
}
