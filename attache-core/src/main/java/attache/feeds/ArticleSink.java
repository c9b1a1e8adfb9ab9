package attache.feeds;

import attache.model.Article;

import java.util.List;
import java.util.Optional;

/** Where the watcher hands the articles of a poll: analysis and the store, as {@code attache ingest} does. */
@FunctionalInterface
public interface ArticleSink {

    /**
     * Analyses and stores the articles; returns, for each in order, empty when it is stored (or was
     * already), else the reason it was refused.
     */
    List<Optional<String>> ingest(List<Article> articles) throws Exception;
}
