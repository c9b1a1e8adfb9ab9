package attache.model;

/** The layers of analysis an {@link AnalyzedArticle} can carry; stages declare them. */
public enum Layer {
    /** Boilerplate spans and the dateline. */
    BOILERPLATE,
    /** Sentences, tokens and dependency parses. */
    SENTENCES,
    /** Raw named-entity and temporal mentions as the tagger found them. */
    MENTIONS,
    /** Entity mentions with canonical names and article-consistent types. */
    ENTITIES,
    /** Temporal expressions with resolved values. */
    TIMES,
    /** Direct quotes with speakers. */
    QUOTES,
    /** Mentions resolved to actors (country, sector), with coreference. */
    ACTORS,
    /** Political events with their actors, dates, places and evidence. */
    EVENTS,
    /** Attributed claims, actors' positions, and the conflicts and agreements between accounts. */
    CLAIMS
}
