package attache.lexicon;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An actor code with the days it applies, both inclusive; null ends are open. A code with
 * neither end is the default, which applies outside every dated range.
 */
public record DatedCode(CameoActorCode code, LocalDate start, LocalDate end) {

    public DatedCode {
        Objects.requireNonNull(code, "code");
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("range ends " + end + " before it starts " + start);
        }
    }

    public boolean dated() {
        return start != null || end != null;
    }

    public boolean covers(LocalDate date) {
        return (start == null || !date.isBefore(start)) && (end == null || !date.isAfter(end));
    }
}
