package attache.merge;

import attache.model.Event;

import java.util.Objects;

/**
 * One event as one article reports it, with what merging needs to know about the article.
 *
 * @param eventId   the event's stable id in the store; unique
 * @param articleId the article that reports it
 * @param outlet    who published the article
 * @param storyId   the article's story (from {@link StoryClusterer} or {@link StoryIndex})
 * @param event     the coded event
 */
public record ReportedEvent(String eventId, String articleId, String outlet, String storyId, Event event) {

    public ReportedEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(storyId, "storyId");
        Objects.requireNonNull(event, "event");
    }
}
