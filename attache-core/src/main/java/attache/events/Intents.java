package attache.events;

import attache.lexicon.CameoTable;
import attache.lexicon.WordLists;
import attache.model.CameoCode;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What an act told as intended or as refused is coded as: CAMEO codes "plans to meet" as an
 * expressed intent to meet (036), "will boycott" as a threat (133) and "will not meet" as a
 * rejection (125), not as the act; PLOVER agrees (AGREE for future cooperation, THREATEN for
 * announced hostile acts, REJECT for refusals). Data in {@code lexicons/events/intents.tsv}, keyed
 * by the act's code or a prefix of it, the longest prefix winning.
 */
final class Intents {

    /** How the act is told, as the file's first column names it. */
    enum Told { INTENT, ULTIMATUM, REFUSAL }

    private final Map<Told, Map<String, CameoCode>> byAct;

    private Intents(Map<Told, Map<String, CameoCode>> byAct) {
        this.byAct = Map.copyOf(byAct);
    }

    static Intents bundled(CameoTable table) {
        Map<Told, Map<String, CameoCode>> byAct = new HashMap<>();
        for (String line : WordLists.read("/lexicons/events/intents.tsv")) {
            String[] cols = line.split("\t");
            if (cols.length != 3) {
                throw new IllegalStateException("intents.tsv: expected 'told<TAB>act<TAB>code', not '" + line + "'");
            }
            Told told = Told.valueOf(cols[0].strip().toUpperCase(Locale.ROOT));
            String act = cols[1].strip();
            String code = cols[2].strip();
            CameoCode coded = table.byCode(code).orElseThrow(() -> new IllegalStateException(
                    "intents.tsv: '" + code + "' is not a CAMEO code in cameo.tsv"));
            if (byAct.computeIfAbsent(told, k -> new HashMap<>()).put(act, coded) != null) {
                throw new IllegalStateException("intents.tsv: " + cols[0].strip() + " of '" + act + "' given twice");
            }
        }
        byAct.replaceAll((k, v) -> Map.copyOf(v));
        return new Intents(byAct);
    }

    /** The code of the act told as intended, or the act's own code when intending it is no event of its own. */
    CameoCode intentOf(CameoCode act) {
        return lookUp(Told.INTENT, act).orElse(act);
    }

    /**
     * The threat an act announced on a condition amounts to ("will shell … unless", "will
     * withdraw … unless"): a hostile act's own threat row, else a cooperative act's ultimatum row.
     */
    Optional<CameoCode> threatOf(CameoCode act) {
        Optional<CameoCode> hostile = lookUp(Told.INTENT, act).filter(c -> c.code().startsWith("13"));
        return hostile.or(() -> lookUp(Told.ULTIMATUM, act));
    }

    /** The rejection an act announced as not to happen amounts to, if it is one. */
    Optional<CameoCode> refusalOf(CameoCode act) {
        return lookUp(Told.REFUSAL, act);
    }

    private Optional<CameoCode> lookUp(Told told, CameoCode act) {
        Map<String, CameoCode> table = byAct.getOrDefault(told, Map.of());
        for (int length = act.code().length(); length >= 2; length--) {
            CameoCode coded = table.get(act.code().substring(0, length));
            if (coded != null) {
                return Optional.of(coded);
            }
        }
        return Optional.empty();
    }
}
