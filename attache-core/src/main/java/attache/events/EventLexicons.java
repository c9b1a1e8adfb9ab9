package attache.events;

import attache.lexicon.CameoTable;
import attache.lexicon.PloverOntology;
import attache.lexicon.PredicateLexicon;
import attache.lexicon.SpecificCodeLexicon;

/**
 * The lexicons the event coder reads: predicates with frames, the CAMEO table, the telling cues, and
 * the specific codes a weapon or manner selects within a root.
 */
public record EventLexicons(PredicateLexicon predicates, CameoTable cameo, EventCues cues,
                            SpecificCodeLexicon specifics) {

    public static EventLexicons bundled() {
        PloverOntology ontology = PloverOntology.bundled();
        CameoTable cameo = CameoTable.bundled(ontology);
        return new EventLexicons(PredicateLexicon.bundled(cameo, ontology), cameo, EventCues.bundled(),
                SpecificCodeLexicon.bundled(cameo, ontology));
    }
}
