package attache.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** ISO alpha-3 to FIPS 10-4 country codes, the codes GDELT's geo columns use. Data: {@code export/iso3-fips.tsv}. */
public final class FipsCodes {

    private static final String RESOURCE = "/export/iso3-fips.tsv";

    private final Map<String, String> byIso3;

    private FipsCodes(Map<String, String> byIso3) {
        this.byIso3 = Map.copyOf(byIso3);
    }

    /** The table shipped in the jar. */
    public static FipsCodes bundled() {
        try (InputStream in = FipsCodes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FipsCodes read(BufferedReader in) throws IOException {
        Map<String, String> map = new HashMap<>();
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != 2 || !cols[0].matches("[A-Z]{3}") || !cols[1].matches("[A-Z]{2}")) {
                throw new IllegalArgumentException(RESOURCE + ":" + number + ": expected ISO3<TAB>FIPS");
            }
            if (map.put(cols[0], cols[1]) != null) {
                throw new IllegalArgumentException(RESOURCE + ":" + number + ": duplicate " + cols[0]);
            }
        }
        return new FipsCodes(map);
    }

    /** The FIPS code of an ISO alpha-3 country, if it has one. */
    public Optional<String> of(String iso3) {
        return Optional.ofNullable(byIso3.get(iso3));
    }

    public int size() {
        return byIso3.size();
    }
}
