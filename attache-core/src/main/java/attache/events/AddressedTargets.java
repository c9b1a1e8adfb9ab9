package attache.events;

import attache.lexicon.WordLists;
import attache.model.Actor;
import attache.model.CameoCode;
import attache.model.Participant;
import attache.model.Place;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The addressee of an act the text gives none but that has one by its nature: a demonstration is
 * addressed to the government of the state where it takes place, a curfew imposed on that
 * state's people. Data in {@code lexicons/events/addressed.tsv}, keyed by CAMEO code prefix.
 */
final class AddressedTargets {

    /** Sector of the addressee by code prefix; the empty string for the people, no sector. */
    private final Map<String, String> byAct;
    /** Code prefixes whose addressee is only ever the place's state, never the acting party's own. */
    private final Set<String> placeOnly;

    private AddressedTargets(Map<String, String> byAct, Set<String> placeOnly) {
        this.byAct = Map.copyOf(byAct);
        this.placeOnly = Set.copyOf(placeOnly);
    }

    static AddressedTargets bundled() {
        Map<String, String> byAct = new HashMap<>();
        Set<String> placeOnly = new HashSet<>();
        for (String line : WordLists.read("/lexicons/events/addressed.tsv")) {
            String[] cols = line.split("\t");
            if (cols.length < 2 || cols.length > 3 || !cols[0].strip().matches("\\d{2,4}")
                    || cols.length == 3 && !List.of("place", "own").contains(cols[2].strip())) {
                throw new IllegalStateException("addressed.tsv: expected 'code-prefix<TAB>sector|-[<TAB>place|own]', not '"
                        + line + "'");
            }
            if (cols.length == 3 && cols[2].strip().equals("place")) {
                placeOnly.add(cols[0].strip());
            }
            String whom = cols[1].strip();
            if (byAct.put(cols[0].strip(), whom.equals("-") ? "" : whom) != null) {
                throw new IllegalStateException("addressed.tsv: '" + cols[0].strip() + "' given twice");
            }
        }
        return new AddressedTargets(byAct, placeOnly);
    }

    /**
     * The addressee of an act by {@code source} coded {@code act} at {@code place}, if the act has
     * one by its nature: in the place's state, else (unless the row says "place") in the source's
     * own; its mention is the place's or, failing that, the source's, which is what places it.
     */
    Optional<Participant> of(CameoCode act, Participant source, Optional<Place> place) {
        Optional<String> prefix = prefixFor(act.code());
        if (prefix.isEmpty()) {
            return Optional.empty();
        }
        String whom = byAct.get(prefix.get());
        boolean onlyThere = placeOnly.contains(prefix.get());
        Actor s = source.actor();
        if (!onlyThere && (s.organisation() != null || "GOV".equals(s.agent()) && !whom.isEmpty())) {
            return Optional.empty();
        }
        Optional<Place> inState = place.filter(p -> p.country() != null && !p.country().equals("IGO")
                && !p.country().equals("NGO"));
        if (onlyThere && inState.isEmpty()) {
            return Optional.empty();
        }
        String country = inState.map(Place::country).orElse(s.country());
        if (country == null || country.equals("IGO") || country.equals("NGO")) {
            return Optional.empty();
        }
        String agent = whom.isEmpty() ? null : whom;
        String name = inState.map(Place::name).orElse(s.name());
        Actor addressee = new Actor(name, country, null, agent, null, "addressed:" + act.code());
        return Optional.of(new Participant(addressee, inState.map(Place::span).orElse(source.mention())));
    }

    /** The longest prefix of the code the data lists. */
    private Optional<String> prefixFor(String code) {
        for (int length = code.length(); length >= 2; length--) {
            if (byAct.containsKey(code.substring(0, length))) {
                return Optional.of(code.substring(0, length));
            }
        }
        return Optional.empty();
    }
}
