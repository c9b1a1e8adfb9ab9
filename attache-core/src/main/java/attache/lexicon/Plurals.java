package attache.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Irregular plurals and the regular English rules, run backwards: a word (or phrase) as written
 * gives the singulars it may stand for, and the lexicon keeps whichever it knows. Guessing
 * several and letting the lexicon choose avoids a stemmer's mistakes ("press" is no plural).
 */
final class Plurals {

    /** Plural to singular, whole words or phrases ("men" → "man", "attorneys general"). */
    private final Map<String, String> words;
    /** Plural ending to singular ending ("men" → "man"), from rows starting with "*". */
    private final Map<String, String> endings;

    private Plurals(Map<String, String> words, Map<String, String> endings) {
        this.words = words;
        this.endings = endings;
    }

    static Plurals empty() {
        return new Plurals(Map.of(), Map.of());
    }

    /** A copy with one more irregular plural; a leading "*" on both forms makes it a word ending. */
    Plurals with(String singular, String plural) {
        Map<String, String> w = new LinkedHashMap<>(words);
        Map<String, String> e = new LinkedHashMap<>(endings);
        if (singular.startsWith("*") != plural.startsWith("*")) {
            throw new IllegalArgumentException("both forms or neither must start with '*'");
        }
        if (singular.startsWith("*")) {
            e.put(plural.substring(1), singular.substring(1));
        } else {
            w.put(plural, singular);
        }
        return new Plurals(Map.copyOf(w), Map.copyOf(e));
    }

    Plurals merge(Plurals other) {
        Map<String, String> w = new LinkedHashMap<>(words);
        w.putAll(other.words);
        Map<String, String> e = new LinkedHashMap<>(endings);
        e.putAll(other.endings);
        return new Plurals(Map.copyOf(w), Map.copyOf(e));
    }

    /** The singulars {@code form} may be the plural of, most specific first; never itself. */
    List<String> singulars(String form) {
        Set<String> out = new LinkedHashSet<>();
        String irregular = words.get(form);
        if (irregular != null) {
            out.add(irregular);
        }
        for (Map.Entry<String, String> e : endings.entrySet()) {
            if (form.endsWith(e.getKey())) {
                out.add(form.substring(0, form.length() - e.getKey().length()) + e.getValue());
            }
        }
        if (form.endsWith("ies") && form.length() > 4) {
            out.add(form.substring(0, form.length() - 3) + "y");
        }
        if (form.endsWith("es") && form.length() > 3) {
            out.add(form.substring(0, form.length() - 2));
        }
        if (form.endsWith("s") && !form.endsWith("ss") && form.length() > 2) {
            out.add(form.substring(0, form.length() - 1));
        }
        out.remove(form);
        return new ArrayList<>(out);
    }
}
