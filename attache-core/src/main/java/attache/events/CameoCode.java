package attache.events;

import java.util.Objects;
import java.util.Optional;

/**
 * One CAMEO event code with its QuadClass and Goldstein value (Phoenix's table, see
 * {@code docs/ontology.md}) and the PLOVER type and mode it maps to.
 *
 * @param code       two to four digits ("19", "190", "1721")
 * @param name       the CAMEO description
 * @param quadClass  0 neutral, 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
 *                   4 material conflict
 * @param goldstein  Goldstein conflict-cooperation value, -10 to 10
 * @param plover     the PLOVER type; empty for root 01 (public statements), which PLOVER does
 *                   not code
 * @param ploverMode the PLOVER mode, when the mapping gives one
 */
public record CameoCode(String code, String name, int quadClass, double goldstein,
                        Optional<Plover> plover, Optional<String> ploverMode) {

    public CameoCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(plover, "plover");
        Objects.requireNonNull(ploverMode, "ploverMode");
        if (!isWellFormed(code)) {
            throw new IllegalArgumentException("CAMEO code must be 2-4 digits: '" + code + "'");
        }
        if (quadClass < 0 || quadClass > 4) {
            throw new IllegalArgumentException("QuadClass must be 0-4: " + quadClass);
        }
        if (!(goldstein >= -10.0 && goldstein <= 10.0)) {
            throw new IllegalArgumentException("Goldstein value must be in [-10, 10]: " + goldstein);
        }
        if (ploverMode.isPresent() && plover.isEmpty()) {
            throw new IllegalArgumentException(code + ": a mode without a PLOVER type");
        }
    }

    /** Whether a string has the shape of a CAMEO code (it may still be unknown). */
    public static boolean isWellFormed(String code) {
        return code != null && code.matches("[0-2][0-9]{1,3}");
    }

    /** The two-digit root ("19" for "193"). */
    public String rootCode() {
        return code.substring(0, 2);
    }
}
