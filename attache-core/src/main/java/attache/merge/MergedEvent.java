package attache.merge;

import attache.model.Event;

import java.util.List;
import java.util.Objects;

/**
 * One event reported by one or more articles, with GDELT-style counts.
 *
 * @param mergedId       {@code "m-"} and 16 hex digits of the SHA-256 of the sorted member event ids
 * @param representative the member event that stands for the rest (see {@link EventClusterer})
 * @param members        every report, the representative's first, in {@link EventClusterer}'s canonical order
 * @param numMentions    sentences that tell it: the evidence spans of all members
 * @param numSources     distinct outlets
 * @param numArticles    distinct articles
 * @param numStories     distinct stories: 200 syndicated copies of one wire story count once
 */
public record MergedEvent(String mergedId, Event representative, List<ReportedEvent> members, int numMentions,
                          int numSources, int numArticles, int numStories) {

    public MergedEvent {
        Objects.requireNonNull(mergedId, "mergedId");
        Objects.requireNonNull(representative, "representative");
        members = List.copyOf(members);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a merged event needs a member");
        }
    }
}
