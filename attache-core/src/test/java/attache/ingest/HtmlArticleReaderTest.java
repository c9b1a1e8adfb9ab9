package attache.ingest;

import attache.model.Article;
import attache.model.Boilerplate;
import attache.model.BodyText;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlArticleReaderTest {

    private static final String BODY = """
            <article><h1>Grain barges reach river port</h1>
            <p>VELMA, June 2 (River Wire) - The first grain barges of the season reached the port of Velma
               on Sunday, two weeks later than usual because of low water on the upper river.</p>
            <p>Port officials said twelve barges were unloaded overnight, and that more were expected
               during the week, weather permitting.</p></article>
            """;
    private static final LocalDate JUNE_2 = LocalDate.of(2023, 6, 2);

    private final HtmlArticleReader reader = new HtmlArticleReader();

    private static String page(String head, String body) {
        return "<html><head>" + head + "</head><body>" + body + "</body></html>";
    }

    private Article read(String html) {
        return reader.read(html.getBytes(StandardCharsets.UTF_8), "barges", "barges.html", null);
    }

    @Test
    void reads_date_from_article_published_time_meta() {
        assertEquals(JUNE_2, read(page("<meta property=\"article:published_time\" "
                + "content=\"2023-06-02T08:15:00+02:00\">", BODY)).published());
    }

    @Test
    void reads_date_from_named_meta_tags() {
        assertEquals(JUNE_2, read(page("<meta name=\"sailthru.date\" content=\"2023-06-02 08:15\">", BODY))
                .published());
        assertEquals(JUNE_2, read(page("<meta name=\"DC.date.issued\" content=\"2023/06/02\">", BODY))
                .published());
    }

    @Test
    void prefers_published_over_modified_date() {
        String head = "<meta property=\"article:modified_time\" content=\"2023-07-10\">"
                + "<meta property=\"article:published_time\" content=\"2023-06-02\">";
        assertEquals(JUNE_2, read(page(head, BODY)).published());
    }

    @Test
    void reads_date_from_json_ld_graph() {
        String ld = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebSite\",\"name\":\"River Wire\"},"
                + "{\"@type\":\"NewsArticle\",\"dateModified\":\"2023-06-05\",\"datePublished\":\"2023-06-02T06:00Z\"}"
                + "]}</script>";
        assertEquals(JUNE_2, read(page(ld, BODY)).published());
    }

    @Test
    void reads_date_from_time_element() {
        String body = BODY.replace("<h1>", "<time itemprop=\"datePublished\" datetime=\"2023-06-02\">2 June</time><h1>");
        assertEquals(JUNE_2, read(page("", body)).published());
    }

    @Test
    void reads_date_from_url_path() {
        String head = "<link rel=\"canonical\" href=\"https://riverwire.example/2023/06/02/grain-barges\">";
        Article article = read(page(head, BODY));
        assertEquals(JUNE_2, article.published());
        assertEquals("https://riverwire.example/2023/06/02/grain-barges", article.url());
    }

    @Test
    void reads_date_written_near_the_top() {
        String body = BODY.replace("<h1>", "<p class=\"when\">Published June 2, 2023</p><h1>");
        assertEquals(JUNE_2, read(page("", body)).published());
    }

    @Test
    void uses_fallback_date_when_the_page_has_none() {
        LocalDate given = LocalDate.of(2020, 1, 15);
        Article article = reader.read(page("", BODY).getBytes(StandardCharsets.UTF_8), "x", "x.html", given);
        assertEquals(given, article.published());
    }

    @Test
    void rejects_page_without_date_and_fallback() {
        InputException e = assertThrows(InputException.class, () -> read(page("", BODY)));
        assertEquals("barges.html", e.origin());
        assertTrue(e.getMessage().startsWith("barges.html: no publication date"), e.getMessage());
        assertTrue(e.getMessage().contains("--published"));
    }

    @Test
    void rejects_page_without_article_text() {
        String html = page("<meta property=\"article:published_time\" content=\"2023-06-02\">",
                "<nav><a href=\"/\">Home</a></nav><script>start()</script>");
        InputException e = assertThrows(InputException.class, () -> read(html));
        assertEquals("no article text found in the HTML", e.reason());
    }

    @Test
    void takes_title_from_og_title_then_title_element() {
        String head = "<meta property=\"og:title\" content=\"Grain barges arrive\"><title>Site | Barges</title>"
                + "<meta name=\"date\" content=\"2023-06-02\">";
        assertEquals("Grain barges arrive", read(page(head, BODY)).title());
        assertEquals("Site | Barges", read(page(head.substring(head.indexOf("<title>")), BODY)).title());
    }

    @Test
    void keeps_headline_out_of_body_and_url_null_without_markup() {
        Article article = read(page("<meta name=\"date\" content=\"2023-06-02\">", BODY));
        String body = BodyText.of(article.text(), article.layout()).text();
        assertTrue(body.startsWith("VELMA, June 2"), body);
        assertTrue(article.text().startsWith("Grain barges reach river port\n\nVELMA"), article.text());
        assertNull(article.url());
        for (Boilerplate b : article.layout()) {
            assertEquals(b.text(), b.span().of(article.text()));
        }
    }

    @Test
    void decodes_charset_declared_in_meta() {
        Charset latin1 = StandardCharsets.ISO_8859_1;
        String html = page("<meta charset=\"iso-8859-1\"><meta name=\"date\" content=\"2023-06-02\">",
                BODY.replace("two weeks later", "said Zoë Müller, two weeks later"));
        Article article = reader.read(html.getBytes(latin1), "x", "x.html", null);
        assertTrue(article.text().contains("Zoë Müller"), article.text());
    }

    @Test
    void decodes_utf8_with_byte_order_mark_and_by_default() {
        String html = page("<meta name=\"date\" content=\"2023-06-02\">",
                BODY.replace("two weeks later", "said José Ñúñez, two weeks later"));
        byte[] utf8 = html.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        assertTrue(reader.read(utf8, "x", "x.html", null).text().contains("José Ñúñez"));
        assertTrue(reader.read(withBom, "x", "x.html", null).text().contains("José Ñúñez"));
    }
}
