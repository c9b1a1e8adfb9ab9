package attache.export;

import attache.model.Actor;
import attache.model.CameoCode;
import attache.model.Event;
import attache.model.Participant;
import attache.model.Place;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * GDELT 2.0 Events: one tab-separated row of exactly 61 columns per event, in GDELT's order and
 * meaning, no header (GDELT's files have none). Columns we have no value for are empty; see
 * {@code docs/exports.md} for how each column is filled.
 */
public final class GdeltEventsWriter implements EventWriter {

    /** GDELT 2.0 Events has 61 columns. */
    public static final int COLUMNS = 61;

    /** CAMEO "countries" that are not countries, so no Actor*CountryCode. */
    private static final Set<String> NON_STATE = Set.of("IGO", "NGO", "MNC", "ISM", "IMG");

    private final FipsCodes fips;

    public GdeltEventsWriter(FipsCodes fips) {
        this.fips = fips;
    }

    /** A writer with the bundled ISO-to-FIPS table. */
    public GdeltEventsWriter() {
        this(FipsCodes.bundled());
    }

    @Override
    public void write(List<ExportEvent> events, Writer out) throws IOException {
        for (ExportEvent e : events) {
            out.write(row(e));
            out.write('\n');
        }
    }

    /** One event as its 61 fields joined by tabs. */
    String row(ExportEvent e) {
        Event event = e.event();
        LocalDate day = GdeltDates.day(event.date(), e.dateAdded());
        Fields f = new Fields().add(e.id()).add(GdeltDates.sqlDate(day)).add(GdeltDates.monthYear(day))
                .add(day.getYear()).add(GdeltDates.fractionDate(day));
        actor(f, Optional.of(event.source()));
        actor(f, event.target());
        f.add(event.sentence() == 0 ? 1 : 0);
        action(f, event.cameo());
        f.add(e.numMentions()).add(e.numSources()).add(e.numArticles()).add((String) null);
        f.empty(8).empty(8);
        geo(f, event.location());
        f.add(GdeltDates.dateAdded(e.dateAdded())).add(e.sourceUrl());
        if (f.size() != COLUMNS) {
            throw new IllegalStateException("GDELT row of " + f.size() + " columns");
        }
        return f.tsv();
    }

    /** Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1, Religion2, Type1, Type2, Type3. */
    private static void actor(Fields f, Optional<Participant> participant) {
        if (participant.isEmpty()) {
            f.empty(10);
            return;
        }
        Actor a = participant.get().actor();
        String code = a.code() + (a.secondary() == null ? "" : a.secondary());
        String country = a.country() == null || NON_STATE.contains(a.country()) ? null : a.country();
        f.add(code).add(a.name().toUpperCase(Locale.ROOT)).add(country).add(a.organisation()).empty(3)
                .add(a.agent()).add(a.secondary()).empty(1);
    }

    /** EventCode, EventBaseCode, EventRootCode, QuadClass, GoldsteinScale. */
    private static void action(Fields f, CameoCode cameo) {
        String code = cameo.code();
        String base = code.length() > 3 ? code.substring(0, 3) : code;
        // Phoenix's table gives roots 01 and 02 QuadClass 0; GDELT has no 0 and puts both under
        // verbal cooperation.
        int quad = cameo.quadClass() == 0 ? 1 : cameo.quadClass();
        f.add(code).add(base).add(cameo.rootCode()).add(quad).add(Fields.number(cameo.goldstein()));
    }

    /** ActionGeo: Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID. */
    private void geo(Fields f, Optional<Place> place) {
        if (place.isEmpty()) {
            f.empty(8);
            return;
        }
        Place p = place.get();
        // We do not know whether a named place is a city, a state or a country, so Type stays empty.
        f.add((String) null).add(p.name()).add(p.country() == null ? null : fips.of(p.country()).orElse(null))
                .empty(5);
    }
}
