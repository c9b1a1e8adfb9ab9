package attache.pipeline;

import attache.model.AnalyzedArticle;
import attache.model.Article;
import attache.model.Layer;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PipelineTest {

    record FakeStage(String name, Set<Layer> requires, Set<Layer> provides) implements Stage {
        @Override
        public AnalyzedArticle apply(AnalyzedArticle in) {
            return provides.contains(Layer.QUOTES) ? in.withQuotes(List.of()) : in.withEntities(List.of());
        }
    }

    @Test
    void refuses_a_stage_whose_input_no_earlier_stage_provides() {
        Stage needsEntities = new FakeStage("quotes", Set.of(Layer.ENTITIES), Set.of(Layer.QUOTES));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Pipeline.of(needsEntities));
        assertTrue(e.getMessage().contains("quotes"), e.getMessage());
        assertTrue(e.getMessage().contains("ENTITIES"), e.getMessage());
    }

    @Test
    void runs_stages_in_order_and_records_their_layers() {
        Pipeline pipeline = Pipeline.of(new FakeStage("entities", Set.of(), Set.of(Layer.ENTITIES)),
                new FakeStage("quotes", Set.of(Layer.ENTITIES), Set.of(Layer.QUOTES)));
        AnalyzedArticle out = pipeline.apply(new Article("a", null, LocalDate.of(2020, 1, 1), null, "Text.", "t"));
        assertEquals(Set.of(Layer.ENTITIES, Layer.QUOTES), out.layers());
        assertEquals(List.of("entities", "quotes"), pipeline.stageNames());
    }
}
