package attache.ingest;

import attache.model.Article;

import java.util.Objects;

/** What reading one input record gave: an article, or the reason there is none. */
public sealed interface IngestResult permits IngestResult.Parsed, IngestResult.Rejected {

    /** The input it came from (file, file:line). */
    String origin();

    record Parsed(Article article) implements IngestResult {
        public Parsed {
            Objects.requireNonNull(article, "article");
        }

        @Override
        public String origin() {
            return article.origin();
        }
    }

    record Rejected(String origin, String reason) implements IngestResult {
        public Rejected {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(reason, "reason");
        }

        public static Rejected of(InputException e) {
            return new Rejected(e.origin(), e.reason());
        }
    }
}
