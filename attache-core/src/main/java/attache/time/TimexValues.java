package attache.time;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which of the tagger's values are well-formed TIMEX3, and their TempEval-3 spelling. Values that
 * combine operations ("2019-02 INTERSECT PT1S", "… OFFSET …") or ranges are not values at all.
 */
final class TimexValues {

    private static final Pattern DATE = Pattern.compile(
            "\\d{2,4}|\\d{4}-\\d{2}(-\\d{2})?|\\d{4}-W\\d{2}(-WE|-\\d)?|\\d{4}-(SP|SU|FA|WI|Q[1-4]|H[12])");
    private static final Pattern TIME = Pattern.compile(
            "(\\d{4}|XXXX)-(\\d{2}|XX)-(\\d{2}|XX)T(\\d{2}(:\\d{2}(:\\d{2})?)?|MO|AF|EV|NI|DT)");
    private static final Pattern DURATION = Pattern.compile(
            "P((\\d+|X)(Y|M|W|D|DE|CE))+|P(\\d+[YMWD])*T((\\d+|X)[HMS])+");
    private static final Pattern SET = Pattern.compile("XXXX(-(XX|WXX)(-(XX|\\d))?)?(T(MO|AF|EV|NI))?");
    private static final Pattern REF = Pattern.compile("PRESENT_REF|PAST_REF|FUTURE_REF");
    private static final Pattern ZONE = Pattern.compile("(T[\\d:]+)(Z|[+-]\\d{2}:?\\d{2})$");

    private TimexValues() {
    }

    /** The value in TempEval-3's spelling, if it is a well-formed TIMEX3 value. */
    static Optional<String> wellFormed(String value) {
        if (value == null || value.isBlank() || value.contains(" ") || value.contains("/")) {
            return Optional.empty();
        }
        String v = spelling(value);
        boolean ok = DATE.matcher(v).matches() || TIME.matcher(v).matches() || DURATION.matcher(v).matches()
                || SET.matcher(v).matches() || REF.matcher(v).matches();
        return ok ? Optional.of(v) : Optional.empty();
    }

    /**
     * SUTime writes centuries and decades with X placeholders ("19XX", "199X") and bare parts of the
     * day ("TMO") where TIMEX3 truncates or spells the date out; time zones are not part of the
     * value in TempEval-3.
     */
    private static String spelling(String value) {
        String v = value;
        if (v.matches("\\d{2}XX")) {
            v = v.substring(0, 2);
        } else if (v.matches("\\d{3}X")) {
            v = v.substring(0, 3);
        } else if (v.matches("T(MO|AF|EV|NI)")) {
            v = "XXXX-XX-XX" + v;
        }
        return ZONE.matcher(v).replaceFirst("$1");
    }
}
