package attache.clean;

import attache.model.Boilerplate;
import attache.model.BoilerplateKind;
import attache.model.BodyText;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTextExtractorTest {

    static final String STORY = """
            <html><head><title>Harbour ferry resumes | Coast Daily</title></head><body>
            <nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
              <li><a href="/sport">Sport</a></li></ul></nav>
            <div id="cookie-banner">We use cookies to improve your visit. Accept all cookies to continue.</div>
            <div class="ad-slot">Advertisement: Buy the new Lumo phone today, with free delivery.</div>
            <article class="story">
              <h1>Harbour ferry resumes after three-week halt</h1>
              <p>PORT ELLIS, March 4 (Coast Wire) - The harbour ferry between Port Ellis and Gull Island
                 resumed service on Monday, three weeks after a storm damaged its only landing pier.</p>
              <p>The operator, Tidewater Lines, said repairs had cost about 2 million dollars, and that
                 crossings would run every forty minutes, as they did before the storm.</p>
              <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share by email</a></div>
              <p>Residents of the island, who had relied on a small fishing boat for supplies, welcomed
                 the news, and several shops said deliveries had already picked up.</p>
              <h2>Tourism season</h2>
              <p>Local officials expect visitor numbers to recover by the summer, when the island hosts
                 its annual kite festival, the mayor's office said in a statement.</p>
              <div class="related-stories"><h3>Related</h3><ul>
                <li><a href="/a">Storm closes harbour pier</a></li>
                <li><a href="/b">Island shops count storm losses</a></li></ul></div>
            </article>
            <section id="comments"><h3>3 comments</h3><p>Great news for the island, finally we can travel again.</p></section>
            <footer class="site-footer"><p>Copyright 2024 Coast Daily. All rights reserved.</p></footer>
            </body></html>
            """;

    private final MainTextExtractor extractor = new MainTextExtractor();

    private String body(String html) {
        PageText page = extractor.extract(Jsoup.parse(html));
        return BodyText.of(page.text(), page.layout()).text();
    }

    private BoilerplateKind kindOf(String html, String fragment) {
        PageText page = extractor.extract(Jsoup.parse(html));
        return page.layout().stream().filter(b -> b.text().contains(fragment)).map(Boilerplate::kind)
                .findFirst().orElseThrow(() -> new AssertionError("not boilerplate: " + fragment));
    }

    @Test
    void keeps_every_body_paragraph_in_order() {
        String body = body(STORY);
        assertTrue(body.startsWith("PORT ELLIS, March 4"), body);
        assertTrue(body.contains("every forty minutes"));
        assertTrue(body.contains("Tourism season"));
        assertTrue(body.endsWith("the mayor's office said in a statement."), body);
    }

    @Test
    void leaves_the_headline_out_of_the_body() {
        assertFalse(body(STORY).contains("three-week halt"));
        assertEquals(BoilerplateKind.OTHER, kindOf(STORY, "three-week halt"));
    }

    @Test
    void drops_navigation() {
        assertFalse(body(STORY).contains("Home"));
        assertEquals(BoilerplateKind.NAVIGATION, kindOf(STORY, "World"));
    }

    @Test
    void drops_cookie_notice() {
        assertEquals(BoilerplateKind.COOKIE_NOTICE, kindOf(STORY, "We use cookies"));
    }

    @Test
    void drops_advertisement() {
        assertEquals(BoilerplateKind.ADVERTISEMENT, kindOf(STORY, "Lumo phone"));
    }

    @Test
    void drops_share_widget_inside_the_article() {
        assertFalse(body(STORY).contains("Share on Facebook"));
        assertEquals(BoilerplateKind.SHARE_WIDGET, kindOf(STORY, "Share on Facebook"));
    }

    @Test
    void drops_related_links_inside_the_article() {
        assertFalse(body(STORY).contains("Storm closes harbour pier"));
        assertEquals(BoilerplateKind.RELATED_LINKS, kindOf(STORY, "Storm closes harbour pier"));
    }

    @Test
    void drops_comments_and_footer() {
        assertEquals(BoilerplateKind.COMMENTS, kindOf(STORY, "finally we can travel"));
        assertEquals(BoilerplateKind.OTHER, kindOf(STORY, "All rights reserved"));
    }

    @Test
    void page_text_has_one_block_a_paragraph() {
        String text = extractor.extract(Jsoup.parse(STORY)).text();
        assertFalse(text.contains("\n\n\n"));
        for (String block : text.split("\n\n")) {
            assertEquals(block.strip(), block);
            assertFalse(block.contains("\n") || block.contains("  "), block);
        }
    }

    @Test
    void every_layout_span_matches_its_text() {
        PageText page = extractor.extract(Jsoup.parse(STORY));
        assertFalse(page.layout().isEmpty());
        for (Boilerplate b : page.layout()) {
            assertEquals(b.text(), page.text().substring(b.span().start(), b.span().end()));
        }
    }

    @Test
    void ignores_scripts_styles_and_hidden_elements() {
        String html = STORY.replace("<article class=\"story\">", "<article class=\"story\"><script>var x = 1;</script>"
                + "<style>p { color: red }</style><div style=\"display: none\">Secret draft note</div>");
        String text = extractor.extract(Jsoup.parse(html)).text();
        assertFalse(text.contains("var x") || text.contains("color: red") || text.contains("Secret draft"));
    }

    @Test
    void survives_malformed_markup() {
        String html = "<html><body><div class='content'><p>The council voted on Tuesday to close the old "
                + "bridge, citing safety, cost and traffic<p>Repairs will start in May, officials said, and "
                + "will take about a year to finish, if the weather allows<div><b>unclosed bold";
        String body = body(html);
        assertTrue(body.contains("close the old bridge"), body);
        assertTrue(body.contains("Repairs will start in May"), body);
    }

    @Test
    void finds_no_body_on_a_page_without_text() {
        assertEquals("", body("<html><body><img src='a.png'><script>go()</script></body></html>"));
    }
}
