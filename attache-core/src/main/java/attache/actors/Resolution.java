package attache.actors;

import attache.model.Actor;

import java.util.Objects;
import java.util.Optional;

/** What resolving a phrase gave: an actor, or the reason there is none. */
public sealed interface Resolution permits Resolution.Found, Resolution.None {

    /** The phrase as resolved. */
    String phrase();

    default Optional<Actor> actor() {
        return this instanceof Found f ? Optional.of(f.value()) : Optional.empty();
    }

    record Found(String phrase, Actor value) implements Resolution {
        public Found {
            Objects.requireNonNull(value, "value");
        }
    }

    record None(String phrase, String reason) implements Resolution {
        public None {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
