package attache.clean;

import attache.model.AnalyzedArticle;
import attache.model.Layer;
import attache.pipeline.Stage;

import java.util.Optional;
import java.util.Set;

/** Placeholder until the text detectors land: passes the page layout's spans through. */
public final class BoilerplateStripper implements Stage {

    @Override
    public String name() {
        return "boilerplate";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.BOILERPLATE);
    }

    @Override
    public AnalyzedArticle apply(AnalyzedArticle in) {
        return in.withBoilerplate(in.article().layout(), Optional.empty());
    }
}
