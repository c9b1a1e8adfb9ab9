package attache.model;

/**
 * A half-open character range {@code [start, end)} into an article's original text.
 * Every fact Attaché reports carries one, so it can be traced back to its evidence.
 */
public record TextSpan(int start, int end) implements Comparable<TextSpan> {

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    public boolean contains(TextSpan other) {
        return start <= other.start && other.end <= end;
    }

    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    public boolean overlaps(TextSpan other) {
        return start < other.end && other.start < end;
    }

    /** The text this span covers in {@code text}. */
    public String of(String text) {
        return text.substring(start, end);
    }

    @Override
    public int compareTo(TextSpan o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
