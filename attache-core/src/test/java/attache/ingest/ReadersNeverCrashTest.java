package attache.ingest;

import attache.clean.DatelineParser;
import attache.model.Article;
import attache.model.Boilerplate;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Property: whatever the bytes, a reader either gives an article whose layout spans point into its
 * text, or refuses with an {@link InputException}; nothing else escapes. Inputs are random mixes of
 * markup, JSON and prose fragments, seeded per repetition so a failure can be replayed.
 */
class ReadersNeverCrashTest {

    private static final String[] FRAGMENTS = {"<html>", "<body>", "<p>", "</p>", "<article>", "<nav>", "<div class=\"ad\">",
        "</div>", "<script>x()</script>", "<meta property=\"article:published_time\" content=\"2020-02-30\">",
        "<time datetime=\"2019-10-07\">", "{", "}", "\"text\":", "\"published\":\"2020-01-01\"", "[", "]", ",", "\"",
        "\\u00e9", "SEOUL, Oct. 7 (Yonhap) -- ", "The minister said on Friday that talks would resume. ", "\n\n",
        "\u00a9 2020 Wire", "\u0000", "\ud83d\ude00", "&amp;", "&#xZZ;", "<!--", "-->", "<![CDATA[", "\t", "By Jane Roe\n"};

    private static String randomInput(Random random) {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(40);
        for (int i = 0; i < n; i++) {
            sb.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        }
        return sb.toString();
    }

    @RepeatedTest(200)
    void html_reader_gives_an_article_or_a_reason(RepetitionInfo info) {
        Random random = new Random(info.getCurrentRepetition());
        byte[] bytes = randomInput(random).getBytes(StandardCharsets.UTF_8);
        try {
            Article a = new HtmlArticleReader().read(bytes, "r", "r.html", LocalDate.of(2020, 1, 1));
            for (Boilerplate b : a.layout()) {
                assertEquals(b.text(), b.span().of(a.text()));
            }
        } catch (InputException expected) {
            assertEquals("r.html", expected.origin());
        }
    }

    @RepeatedTest(200)
    void json_and_dateline_readers_never_throw(RepetitionInfo info) {
        Random random = new Random(1000 + info.getCurrentRepetition());
        String input = randomInput(random);
        IngestResult r = new JsonArticleReader(Optional.empty(), 10_000).readLine(input, "f", 1, "f");
        assertEquals("f:1", r.origin());
        new DatelineParser().parse(input, Optional.of(LocalDate.of(2020, 1, 1)));
        new DatelineParser().parse(input, Optional.empty());
        InputFormat.sniff(input);
    }
}
