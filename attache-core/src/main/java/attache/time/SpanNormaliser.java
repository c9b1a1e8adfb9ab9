package attache.time;

import attache.model.Sentence;
import attache.model.TextSpan;
import attache.model.TimeExpression;
import attache.model.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the tagger's expression spans right before values are resolved: drops what is not a time
 * (ages, "current"), splits "eight years from now" into a duration and "now", cuts a trailing
 * "earlier"/"before" off the amount it measures, merges pieces of one expression ("Sunday" +
 * "night"), and adds the month names, weekdays and vague phrases the tagger missed. Expressions
 * it changes or adds carry an empty value, so the rules must resolve them.
 */
final class SpanNormaliser {

    private static final Pattern FROM_NOW = Pattern.compile("(?i)^(.*\\S)(\\s+from\\s+)(now)$");
    private static final Pattern RELATIVE_TAIL = Pattern.compile("(?i)^(.*\\S)\\s+(earlier|later|before|after)$");
    private static final Pattern YEAR_RANGE = Pattern.compile("^(\\d{4})(\\s*[-\u2013]\\s*)(\\d{2}|\\d{4})$");
    private static final Pattern AGE = Pattern.compile("(?i).*\\bold\\b.*");

    private final TimeLexicon lexicon;
    private final ExpressionSpotter spotter;

    SpanNormaliser(TimeLexicon lexicon) {
        this.lexicon = lexicon;
        this.spotter = new ExpressionSpotter(lexicon);
    }

    List<TimeExpression> normalise(List<TimeExpression> raw, List<Sentence> sentences, String text) {
        List<TimeExpression> out = new ArrayList<>();
        for (TimeExpression t : raw) {
            if (!isNotTime(t)) {
                out.addAll(split(t, text));
            }
        }
        out.sort(Comparator.comparing(TimeExpression::span));
        out = merge(out, text);
        out.addAll(spotter.missed(sentences, out, text));
        out.sort(Comparator.comparing(TimeExpression::span));
        return extendWithDayParts(out, sentences, text);
    }

    private boolean isNotTime(TimeExpression t) {
        String phrase = String.join(" ", Phrase.words(t.text()));
        return lexicon.isNotTime(phrase) || AGE.matcher(t.text()).matches();
    }

    /** "eight years from now" → "eight years" + "now"; "a month earlier" → "a month". */
    private static List<TimeExpression> split(TimeExpression t, String text) {
        Matcher fromNow = FROM_NOW.matcher(t.text());
        if (fromNow.matches()) {
            int nowStart = t.span().start() + fromNow.start(3);
            return List.of(piece(t, t.span().start(), t.span().start() + fromNow.end(1), text),
                    piece(t, nowStart, t.span().end(), text));
        }
        Matcher tail = RELATIVE_TAIL.matcher(t.text());
        if (tail.matches()) {
            return commaPieces(piece(t, t.span().start(), t.span().start() + tail.end(1), text), text);
        }
        Matcher range = YEAR_RANGE.matcher(t.text());
        if (range.matches()) {
            return yearRange(t, range);
        }
        return List.of(t);
    }

    /** "early December, a month" (left of a cut "earlier") is two expressions. */
    private static List<TimeExpression> commaPieces(TimeExpression t, String text) {
        int comma = t.text().indexOf(", ");
        if (comma < 0) {
            return List.of(t);
        }
        int start = t.span().start();
        return List.of(piece(t, start, start + comma, text), piece(t, start + comma + 2, t.span().end(), text));
    }

    /** "2009-2010" and "1957-58" are two years, not a duration; TIMEX3 marks each. */
    private static List<TimeExpression> yearRange(TimeExpression t, Matcher range) {
        String first = range.group(1);
        String second = range.group(3).length() == 2 ? first.substring(0, 2) + range.group(3) : range.group(3);
        int start = t.span().start();
        TextSpan a = new TextSpan(start, start + range.end(1));
        TextSpan b = new TextSpan(start + range.start(3), t.span().end());
        return List.of(new TimeExpression(a, first, attache.model.TimexType.DATE, first, t.sentence(), "split"),
                new TimeExpression(b, range.group(3), attache.model.TimexType.DATE, second, t.sentence(), "split"));
    }

    private static TimeExpression piece(TimeExpression t, int start, int end, String text) {
        TextSpan span = new TextSpan(start, end);
        return new TimeExpression(span, span.of(text), t.type(), "", t.sentence(), "split");
    }

    /**
     * Neighbours separated only by spaces are one expression when one of them is a time of day
     * ("Friday" + "afternoon", "15:00 GMT" + "Saturday"); "next week this month" stays two.
     */
    private List<TimeExpression> merge(List<TimeExpression> sorted, String text) {
        List<TimeExpression> out = new ArrayList<>();
        for (TimeExpression t : sorted) {
            TimeExpression last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.sentence() == t.sentence() && last.span().end() <= t.span().start()
                    && text.substring(last.span().end(), t.span().start()).isBlank()
                    && (isTimeOfDay(last) || isTimeOfDay(t))) {
                out.set(out.size() - 1, joined(last, t, text));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private boolean isTimeOfDay(TimeExpression t) {
        return t.value().contains("T") && !t.value().startsWith("P")
                || lexicon.dayPart(t.text().toLowerCase(Locale.ROOT)).isPresent();
    }

    /** The merged expression keeps the more precise value (the one with a time of day). */
    private static TimeExpression joined(TimeExpression a, TimeExpression b, String text) {
        TextSpan span = new TextSpan(a.span().start(), b.span().end());
        String value = b.value().contains("T") && !a.value().contains("T") ? b.value() : a.value();
        var type = value.equals(b.value()) ? b.type() : a.type();
        return new TimeExpression(span, span.of(text), type, value, a.sentence(), "merged");
    }

    /** "Sunday night": a weekday or day followed by a part of the day the tagger left out. */
    private List<TimeExpression> extendWithDayParts(List<TimeExpression> in, List<Sentence> sentences, String text) {
        List<TimeExpression> out = new ArrayList<>();
        for (TimeExpression t : in) {
            Token next = nextToken(sentences, t);
            boolean covered = next != null && in.stream().anyMatch(o -> o.span().overlaps(next.span()));
            if (next != null && !covered && lexicon.dayPart(next.text().toLowerCase(Locale.ROOT)).isPresent()
                    && lexicon.weekday(t.text().toLowerCase(Locale.ROOT)).isPresent()) {
                TextSpan span = new TextSpan(t.span().start(), next.span().end());
                out.add(new TimeExpression(span, span.of(text), t.type(), "", t.sentence(), "merged"));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private static Token nextToken(List<Sentence> sentences, TimeExpression t) {
        if (t.sentence() < 0 || t.sentence() >= sentences.size()) {
            return null;
        }
        for (Token token : sentences.get(t.sentence()).tokens()) {
            if (token.span().start() >= t.span().end()) {
                return token;
            }
        }
        return null;
    }
}
