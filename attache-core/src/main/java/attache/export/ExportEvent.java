package attache.export;

import attache.model.AnalyzedArticle;
import attache.model.Event;
import attache.model.Sentences;
import attache.model.TextSpan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One merged event as every export writes it: its global id, the representative event (whose
 * offsets point into the first report's text), GDELT-style counts, the first report, and every
 * mention.
 *
 * @param id          stable global event id
 * @param event       the representative event
 * @param numMentions how many sentences report it, across all articles
 * @param numSources  how many distinct outlets report it
 * @param numArticles how many distinct articles report it
 * @param sourceUrl   the first report's URL; may be null
 * @param dateAdded   the first report's publication date
 * @param mentions    every report, in the order written to the mentions export; the first report's
 *                    mentions come first, since the representative event's offsets point into it
 */
public record ExportEvent(long id, Event event, int numMentions, int numSources, int numArticles,
                          String sourceUrl, LocalDate dateAdded, List<ExportMention> mentions) {

    public ExportEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(dateAdded, "dateAdded");
        mentions = List.copyOf(mentions);
        if (numMentions < 0 || numSources < 0 || numArticles < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    /**
     * An event known from one article only: one mention per evidence span, one source, one article.
     * For tests and for a store that has not merged yet.
     */
    public static ExportEvent single(long id, AnalyzedArticle doc, Event event, String outlet) {
        String text = doc.text();
        List<ExportMention> mentions = new ArrayList<>();
        for (TextSpan span : event.evidence()) {
            int sentence = Sentences.holding(doc.sentences(), span).orElse(event.sentence());
            mentions.add(new ExportMention(id, doc.article().id(), doc.article().url(), outlet,
                    doc.article().published(), sentence, span.start(), span.end(),
                    event.confidence(), span.of(text)));
        }
        mentions.sort(Comparator.comparingInt(ExportMention::charStart));
        return new ExportEvent(id, event, mentions.size(), 1, 1, doc.article().url(), doc.article().published(),
                mentions);
    }

    /** The first report's words at a span of the representative event, when a mention covers them. */
    public Optional<String> words(TextSpan span) {
        for (ExportMention m : firstReport()) {
            Optional<String> words = m.slice(span.start(), span.end());
            if (words.isPresent()) {
                return words;
            }
        }
        return Optional.empty();
    }

    /** The mentions from the first report (the article of the first mention), into whose text the event points. */
    public List<ExportMention> firstReport() {
        if (mentions.isEmpty()) {
            return List.of();
        }
        String first = mentions.get(0).articleId();
        return mentions.stream().filter(m -> m.articleId().equals(first)).toList();
    }

}
