package attache.entities;

import attache.model.EntityType;
import attache.model.Mention;

import java.util.List;
import java.util.Locale;

/** When one name is a short form of another. */
final class NameForms {

    private NameForms() {
    }

    /**
     * Whether {@code shorter} abbreviates {@code longer}: a person's family or given name ("Lee",
     * "Biegun"), a trailing part of an organisation's or place's name, or an organisation's acronym
     * ("IAEA").
     */
    static boolean abbreviates(Mention shorter, Mention longer) {
        if (shorter.text().length() >= longer.text().length() || shorter.text().equals(longer.text())) {
            return false;
        }
        List<String> shortWords = words(shorter.text());
        List<String> longWords = words(longer.text());
        if (shortWords.isEmpty() || longWords.size() <= shortWords.size()) {
            return acronym(shorter.text(), longWords) && shorter.type() == EntityType.ORGANIZATION;
        }
        if (shorter.type() == EntityType.PERSON || longer.type() == EntityType.PERSON) {
            // Names run family-first in some languages ("Lee Do-hoon") and last in others.
            return isRun(shortWords, longWords, 0) || isRun(shortWords, longWords, longWords.size() - shortWords.size());
        }
        if (shorter.type() != longer.type()) {
            return false;
        }
        return isRun(shortWords, longWords, longWords.size() - shortWords.size())
                || acronym(shorter.text(), longWords);
    }

    private static boolean isRun(List<String> part, List<String> whole, int at) {
        return whole.subList(at, at + part.size()).equals(part);
    }

    private static boolean acronym(String candidate, List<String> longWords) {
        String letters = candidate.replace(".", "");
        if (letters.length() < 2 || !letters.equals(letters.toUpperCase(Locale.ROOT))) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String w : longWords) {
            if (Character.isUpperCase(w.codePointAt(0))) {
                initials.appendCodePoint(w.codePointAt(0));
            }
        }
        return initials.toString().equals(letters);
    }

    private static List<String> words(String name) {
        return List.of(name.trim().split("\\s+"));
    }
}
