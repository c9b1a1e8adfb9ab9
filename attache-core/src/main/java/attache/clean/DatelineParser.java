package attache.clean;

import attache.lexicon.BoilerplateLexicon;
import attache.lexicon.BoilerplateLexicon.Use;
import attache.model.Dateline;
import attache.model.TextSpan;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dateline that opens a wire story: "SEOUL, Oct. 7 (Yonhap) --", "WASHINGTON (Reuters)
 * -", "LONDON, March 3 (AFP) —", "KYIV, Ukraine —", "Paris, 3 March (AFP) -".
 *
 * <p>The grammar is PLACE [, REGION] [, DATE] [(AGENCY) or /AGENCY/] DASH, at the start of one
 * of the first {@value #LINES_SEARCHED} non-blank lines (a title or byline may come first). An
 * all-capitals place may stand alone before the dash; a place in ordinary capitalisation
 * ("Seoul") counts only with a date or an agency, since body sentences open with capitalised
 * words too. Words such as "UPDATE" or "EXCLUSIVE" (lexicon {@code dateline_kicker}) are never
 * places.
 *
 * <p>The year comes from context, as {@link DatelineYear} documents. Thread-safe and stateless
 * once built; reusable outside the boilerplate stage (the plain-text reader takes a publication
 * date from it when the user gives none).
 */
public final class DatelineParser {

    static final int LINES_SEARCHED = 4;

    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?"
            + "|January|February|March|April|June|July|August|September|October|November|December";
    private static final String CAPS = "\\p{Lu}[\\p{Lu}.'’\\-]+(?:\\s\\p{Lu}[\\p{Lu}.'’\\-]*){0,3}";
    private static final String TITLE = "\\p{Lu}\\p{Ll}[\\p{L}'’\\-]*(?:\\s\\p{Lu}\\p{Ll}[\\p{L}'’\\-]*){0,2}";
    private static final Pattern DATELINE = Pattern.compile(
            "(?<place>(?:" + CAPS + "|" + TITLE + ")"
                    + "(?:,\\s(?!(?:" + MONTH + ")\\s)\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*){0,2})?)"
                    + "(?:,?\\s+(?:(?<month>" + MONTH + ")\\s(?<day>\\d{1,2})|(?<day2>\\d{1,2})\\s(?<month2>" + MONTH + ")))?"
                    + "(?<agency>\\s*(?:\\([^()\\n]{2,40}\\)|/[^/\\n]{2,30}/))?"
                    + "\\s*(?:--|—|–|-)(?=\\s|\\p{Lu}|[\"“])");

    private final Pattern kickers;
    private final DatelineYear years = new DatelineYear();

    /** A parser that knows the bundled lexicon's non-place words. */
    public DatelineParser() {
        this(BoilerplateLexicon.bundled());
    }

    public DatelineParser(BoilerplateLexicon lexicon) {
        Objects.requireNonNull(lexicon, "lexicon");
        this.kickers = lexicon.anyOf(Use.DATELINE_KICKER);
    }

    /**
     * The dateline opening {@code text}, if there is one.
     *
     * @param published the publication date when known; the dateline's year is then the one that
     *                  puts its date nearest before publication; otherwise years mentioned in the
     *                  text decide (see {@link DatelineYear})
     * @return the dateline, its span covering place, date, agency and dash; its date is null when
     *         the dateline gives none or no year can be found
     */
    public Optional<Dateline> parse(String text, Optional<LocalDate> published) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(published, "published");
        List<TextSpan> lines = TextBlocks.lines(text);
        for (TextSpan line : lines.subList(0, Math.min(LINES_SEARCHED, lines.size()))) {
            Matcher m = DATELINE.matcher(text).region(line.start(), line.end());
            if (m.lookingAt() && isPlausible(m)) {
                return Optional.of(toDateline(m, text, published));
            }
        }
        return Optional.empty();
    }

    private boolean isPlausible(Matcher m) {
        String place = m.group("place");
        String head = place.split(",", 2)[0].trim();
        if (kickers.matcher(head).matches()) {
            return false;
        }
        boolean allCaps = head.equals(head.toUpperCase(Locale.ROOT));
        boolean dated = m.group("month") != null || m.group("month2") != null;
        return allCaps || dated || m.group("agency") != null;
    }

    private Dateline toDateline(Matcher m, String text, Optional<LocalDate> published) {
        TextSpan span = new TextSpan(m.start(), m.end());
        String place = m.group("place").trim();
        Optional<MonthDay> day = monthDay(m);
        LocalDate date = day.flatMap(d -> published.isPresent()
                ? Optional.of(DatelineYear.beforePublication(d, published.get()))
                : years.fromText(d, text, span)).orElse(null);
        return new Dateline(place, date, span);
    }

    private static Optional<MonthDay> monthDay(Matcher m) {
        String month = m.group("month") != null ? m.group("month") : m.group("month2");
        String day = m.group("day") != null ? m.group("day") : m.group("day2");
        if (month == null) {
            return Optional.empty();
        }
        int monthNumber = DatelineYear.monthNumber(month);
        int dayNumber = Integer.parseInt(day);
        if (dayNumber < 1 || dayNumber > java.time.Month.of(monthNumber).maxLength()) {
            return Optional.empty();
        }
        return Optional.of(MonthDay.of(monthNumber, dayNumber));
    }
}
