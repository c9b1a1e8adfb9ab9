package attache.search;

import java.util.Objects;

/**
 * One matching document.
 *
 * @param articleId the article it belongs to
 * @param kind      "body" for the article's body, "quote" for one of its quotes
 * @param snippet   the sentence of the document that matches the query best (the quote itself for
 *                  a short quote)
 * @param score     Lucene's BM25 score
 */
public record Hit(String articleId, String kind, String snippet, float score) {

    public Hit {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(snippet, "snippet");
    }
}
