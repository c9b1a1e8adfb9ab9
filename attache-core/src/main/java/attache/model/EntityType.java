package attache.model;

import java.util.Optional;

/** The coarse entity types Attaché reports. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION,
    MISC;

    /**
     * Folds a CoreNLP tag (coarse or fine-grained) onto these types; temporal and numeric tags
     * have no entity type.
     */
    public static Optional<EntityType> fromNerTag(String tag) {
        return switch (tag) {
            case "PERSON" -> Optional.of(PERSON);
            case "ORGANIZATION" -> Optional.of(ORGANIZATION);
            case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE", "GPE" -> Optional.of(LOCATION);
            case "MISC", "NATIONALITY", "RELIGION", "IDEOLOGY" -> Optional.of(MISC);
            default -> Optional.empty();
        };
    }
}
