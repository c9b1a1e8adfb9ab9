package attache.time;

import java.util.List;
import java.util.Optional;

/**
 * Decades and centuries, which TIMEX3 writes by truncating the year: "the 1990s" is 199, "the 20th
 * century" is 19.
 */
final class EraRule implements Rule {

    @Override
    public Optional<Resolution> resolve(Phrase phrase) {
        List<String> w = phrase.withoutDeterminer().words();
        if (w.size() == 1 && w.get(0).matches("\\d{3}0s")) {
            return Optional.of(Resolution.date(w.get(0).substring(0, 3), "era"));
        }
        if (w.size() == 3 && w.get(0).matches("\\d{1,2}") && w.get(1).matches("st|nd|rd|th")
                && (w.get(2).equals("century"))) {
            int century = Integer.parseInt(w.get(0));
            return Optional.of(Resolution.date(String.format("%02d", century - 1), "era"));
        }
        return Optional.empty();
    }
}
