package attache.pipeline;

import attache.model.AnalyzedArticle;
import attache.model.Article;
import attache.model.Layer;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Stages run in order over one article. Construction fails when a stage needs a layer that no
 * earlier stage provides, so a misassembled pipeline is caught before any article is read.
 */
public final class Pipeline {

    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    public static Pipeline of(List<Stage> stages) {
        Set<Layer> available = EnumSet.noneOf(Layer.class);
        for (Stage stage : stages) {
            Set<Layer> missing = EnumSet.noneOf(Layer.class);
            missing.addAll(stage.requires());
            missing.removeAll(available);
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException(
                        "stage '" + stage.name() + "' requires " + missing + ", which no earlier stage provides");
            }
            available.addAll(stage.provides());
        }
        return new Pipeline(stages);
    }

    public static Pipeline of(Stage... stages) {
        return of(List.of(stages));
    }

    public AnalyzedArticle apply(Article article) {
        AnalyzedArticle doc = AnalyzedArticle.of(article);
        for (Stage stage : stages) {
            doc = stage.apply(doc);
        }
        return doc;
    }

    public List<String> stageNames() {
        return stages.stream().map(Stage::name).toList();
    }
}
