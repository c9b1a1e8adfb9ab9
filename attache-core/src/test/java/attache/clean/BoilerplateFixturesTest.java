package attache.clean;

import attache.model.AnalyzedArticle;
import attache.model.Boilerplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every fixture story: exactly the expected spans, and the span invariants. */
class BoilerplateFixturesTest {

    private final BoilerplateStripper stripper = new BoilerplateStripper();

    static List<Fixture> fixtures() {
        return Fixture.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void finds_exactly_the_expected_spans(Fixture fixture) {
        AnalyzedArticle out = stripper.apply(fixture.article());
        List<String> found = out.boilerplate().stream().map(b -> b.kind().label() + "\t" + b.text()).sorted().toList();
        assertEquals(fixture.expected().stream().sorted().toList(), found);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void parses_the_expected_dateline(Fixture fixture) {
        AnalyzedArticle out = stripper.apply(fixture.article());
        assertEquals(fixture.datelinePlace(), out.dateline().map(d -> d.place()));
        assertEquals(fixture.datelineDate(), out.dateline().flatMap(d -> Optional.ofNullable(d.date())));
    }

    /** Property: over all fixtures, each span is its text's substring, and spans are sorted and disjoint. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void spans_match_their_text_and_never_overlap(Fixture fixture) {
        AnalyzedArticle out = stripper.apply(fixture.article());
        List<Boilerplate> spans = out.boilerplate();
        for (int i = 0; i < spans.size(); i++) {
            Boilerplate b = spans.get(i);
            assertEquals(b.span().of(out.text()), b.text(), "span text of " + b);
            assertFalse(b.span().isEmpty(), "empty span " + b);
            if (i > 0) {
                assertTrue(spans.get(i - 1).span().end() <= b.span().start(), "overlap at " + b);
            }
        }
    }

    @Test
    void every_fixture_is_listed_and_loads() {
        assertEquals(8, fixtures().size());
    }
}
