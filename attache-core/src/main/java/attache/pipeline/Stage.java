package attache.pipeline;

import attache.model.AnalyzedArticle;
import attache.model.Layer;

import java.util.Set;

/**
 * One step of analysis. A stage reads the layers it {@link #requires()}, adds the ones it
 * {@link #provides()}, does no I/O, keeps no per-article state and is safe to call from many
 * threads at once. Heavy resources (models, lexicons) come in through its constructor.
 */
public interface Stage {

    /** A stable name, used in configuration, logs and golden-file paths. */
    String name();

    Set<Layer> requires();

    Set<Layer> provides();

    AnalyzedArticle apply(AnalyzedArticle in);
}
