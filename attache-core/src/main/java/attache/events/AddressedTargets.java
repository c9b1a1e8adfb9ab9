package attache.events;

import attache.lexicon.WordLists;
import attache.model.Actor;
import attache.model.CameoCode;
import attache.model.Participant;
import attache.model.Place;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The addressee of an act the text gives none but that has one by its nature: a demonstration is
 * addressed to the government of the state where it takes place, a curfew imposed on that
 * state's people. Data in {@code lexicons/events/addressed.tsv}, keyed by CAMEO code prefix.
 */
final class AddressedTargets {

    /** Sector of the addressee by code prefix; the empty string for the people, no sector. */
    private final Map<String, String> byAct;

    private AddressedTargets(Map<String, String> byAct) {
        this.byAct = Map.copyOf(byAct);
    }

    static AddressedTargets bundled() {
        Map<String, String> byAct = new HashMap<>();
        for (String line : WordLists.read("/lexicons/events/addressed.tsv")) {
            String[] cols = line.split("\t");
            if (cols.length != 2 || !cols[0].strip().matches("\\d{2,4}")) {
                throw new IllegalStateException("addressed.tsv: expected 'code-prefix<TAB>sector|-', not '" + line + "'");
            }
            String whom = cols[1].strip();
            if (byAct.put(cols[0].strip(), whom.equals("-") ? "" : whom) != null) {
                throw new IllegalStateException("addressed.tsv: '" + cols[0].strip() + "' given twice");
            }
        }
        return new AddressedTargets(byAct);
    }

    /**
     * The addressee of an act by {@code source} coded {@code act} at {@code place}, if the act has
     * one by its nature: in the place's state, else in the source's own; its mention is the place's
     * or, failing that, the source's, which is what places it.
     */
    Optional<Participant> of(CameoCode act, Participant source, Optional<Place> place) {
        Optional<String> whom = sectorFor(act.code());
        Actor s = source.actor();
        if (whom.isEmpty() || s.organisation() != null || "GOV".equals(s.agent()) && !whom.get().isEmpty()) {
            return Optional.empty();
        }
        Optional<Place> inState = place.filter(p -> p.country() != null && !p.country().equals("IGO")
                && !p.country().equals("NGO"));
        String country = inState.map(Place::country).orElse(s.country());
        if (country == null || country.equals("IGO") || country.equals("NGO")) {
            return Optional.empty();
        }
        String agent = whom.get().isEmpty() ? null : whom.get();
        String name = inState.map(Place::name).orElse(s.name());
        Actor addressee = new Actor(name, country, null, agent, null, "addressed:" + act.code());
        return Optional.of(new Participant(addressee, inState.map(Place::span).orElse(source.mention())));
    }

    private Optional<String> sectorFor(String code) {
        for (int length = code.length(); length >= 2; length--) {
            String whom = byAct.get(code.substring(0, length));
            if (whom != null) {
                return Optional.of(whom);
            }
        }
        return Optional.empty();
    }
}
