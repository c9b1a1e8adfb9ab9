package attache.clean;

import attache.model.Boilerplate;

import java.util.List;

/**
 * Finds one sort of boilerplate in an article's text. Candidates may overlap those of other
 * detectors; {@link BoilerplateStripper} settles overlaps.
 */
interface SpanDetector {

    /** Spans of {@code text} this detector takes to be boilerplate, each with its text. */
    List<Boilerplate> detect(String text);
}
