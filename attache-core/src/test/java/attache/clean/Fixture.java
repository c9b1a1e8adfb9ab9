package attache.clean;

import attache.model.AnalyzedArticle;
import attache.model.Article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A short wire-style story written for these tests ({@code clean/fixtures/NAME.txt}) and what the
 * stripper should find in it ({@code NAME.expect.tsv}: {@code published}, optional
 * {@code parsed_dateline} place and date or "-", then one {@code kind<TAB>exact text} row per span).
 */
record Fixture(String name, String text, LocalDate published, Optional<String> datelinePlace,
               Optional<LocalDate> datelineDate, List<String> expected) {

    private static final String DIR = "/clean/fixtures/";

    static List<Fixture> all() {
        return lines(DIR + "index.txt").stream()
                .map(file -> load(file.replace(".txt", "")))
                .toList();
    }

    static Fixture load(String name) {
        String text = String.join("\n", raw(DIR + name + ".txt"));
        LocalDate published = null;
        Optional<String> place = Optional.empty();
        Optional<LocalDate> date = Optional.empty();
        List<String> expected = new ArrayList<>();
        for (String row : lines(DIR + name + ".expect.tsv")) {
            String[] cols = row.split("\t", 2);
            switch (cols[0]) {
                case "published" -> published = LocalDate.parse(cols[1]);
                case "parsed_dateline" -> {
                    String[] parts = cols[1].split("\t");
                    place = Optional.of(parts[0]);
                    date = parts[1].equals("-") ? Optional.empty() : Optional.of(LocalDate.parse(parts[1]));
                }
                default -> expected.add(row);
            }
        }
        return new Fixture(name, text, published, place, date, expected);
    }

    AnalyzedArticle article() {
        return AnalyzedArticle.of(new Article(name, null, published, null, text, DIR + name + ".txt"));
    }

    @Override
    public String toString() {
        return name;
    }

    private static List<String> lines(String resource) {
        return raw(resource).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }

    private static List<String> raw(String resource) {
        InputStream in = Fixture.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
