package attache.events;

import attache.lexicon.CameoTable;
import attache.lexicon.PloverOntology;
import attache.lexicon.PredicateLexicon;

/** The lexicons the event coder reads: predicates with frames, the CAMEO table, and the telling cues. */
public record EventLexicons(PredicateLexicon predicates, CameoTable cameo, EventCues cues) {

    public static EventLexicons bundled() {
        PloverOntology ontology = PloverOntology.bundled();
        CameoTable cameo = CameoTable.bundled(ontology);
        return new EventLexicons(PredicateLexicon.bundled(cameo, ontology), cameo, EventCues.bundled());
    }
}
