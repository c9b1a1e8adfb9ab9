package attache.time;

import attache.model.TimexType;

import java.util.Objects;

/**
 * A TIMEX3 value and type a rule settled on, and the rule's name (the expression's detector).
 */
record Resolution(String value, TimexType type, String rule) {

    Resolution {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(rule, "rule");
    }

    static Resolution date(String value, String rule) {
        return new Resolution(value, TimexType.DATE, rule);
    }
}
