package attache.events;

import attache.lexicon.CameoTable;
import attache.model.CameoCode;

import java.util.Map;

/**
 * CAMEO codes an intended cooperative act as an expressed intent (root 03), not as the act: "plans
 * to meet" is 036, "will give aid" 033. PLOVER agrees: future cooperative actions are AGREE.
 * Conflictual intentions stay what they are (a planned attack is still coded as an attack, planned).
 */
final class Intents {

    /** Root of the act → the "express intent to" code. */
    private static final Map<String, String> INTENT_BY_ROOT = Map.of(
            "04", "036",   // consult → intent to meet or negotiate
            "05", "032",   // diplomatic cooperation
            "06", "031",   // material cooperation
            "07", "033",   // aid
            "08", "035");  // yield → intent to yield

    private Intents() {
    }

    static CameoCode intentOf(CameoCode act, CameoTable table) {
        String intent = INTENT_BY_ROOT.get(act.rootCode());
        if (intent == null) {
            return act;
        }
        return table.byCode(intent).orElse(act);
    }
}
