package attache.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A row of tab-separated fields, each made safe for a format that has no quoting. */
final class Fields {

    private final List<String> values = new ArrayList<>();

    /** A text value: null becomes empty; tabs, newlines and other control characters become spaces. */
    Fields add(String value) {
        values.add(value == null ? "" : clean(value));
        return this;
    }

    Fields add(long value) {
        values.add(Long.toString(value));
        return this;
    }

    Fields empty(int count) {
        for (int i = 0; i < count; i++) {
            values.add("");
        }
        return this;
    }

    int size() {
        return values.size();
    }

    String tsv() {
        return String.join("\t", values);
    }

    /** A number as written by hand: 2.0 as "2", -6.5 as "-6.5". */
    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Control characters (tab, CR, LF, …) replaced by spaces and runs of them collapsed. */
    static String clean(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        boolean space = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean blank = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
            if (blank && space) {
                continue;
            }
            sb.append(blank ? ' ' : c);
            space = blank;
        }
        return sb.toString();
    }
}
