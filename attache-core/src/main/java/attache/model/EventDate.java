package attache.model;

import java.util.Locale;
import java.util.Objects;

/**
 * When an event happened, at the precision the text gives.
 *
 * @param value  a TIMEX3 calendar value: "2019-10-05", "2019-10", "2019", "2019-W40"
 * @param text   the words it came from, or null when it is the publication date
 * @param span   where those words are, or null
 * @param source whether the event's own clause dated it, the surrounding story did, or only the
 *               publication date is left
 */
public record EventDate(String value, String text, TextSpan span, Source source) {

    public enum Source {
        TEXT, CONTEXT, PUBLICATION;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public EventDate {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }
}
