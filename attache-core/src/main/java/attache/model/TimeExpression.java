package attache.model;

import java.util.Objects;

/**
 * A temporal expression with its TIMEX3 value resolved against the publication date.
 *
 * @param span     characters in the original text
 * @param text     the characters as written
 * @param type     TIMEX3 type
 * @param value    TIMEX3 value ("2019-10-05", "2019-W40", "P2W", "PAST_REF")
 * @param sentence index of its sentence
 * @param detector which resolver settled the value ("sutime", or the name of the rule that
 *                 corrected it), so the two can be measured apart
 */
public record TimeExpression(TextSpan span, String text, TimexType type, String value, int sentence,
                             String detector) {

    public TimeExpression {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(detector, "detector");
    }
}
