package attache.feeds;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedParserTest {

    private final FeedParser parser = new FeedParser();

    private List<FeedItem> parse(String xml) throws FeedException {
        return parser.parse(xml.getBytes(StandardCharsets.UTF_8), "https://news.example/feeds/world.xml");
    }

    @Test
    void reads_rss_items_with_guid_link_title_and_date() throws FeedException {
        List<FeedItem> items = parse("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>World</title>
                  <item><title>Ferry resumes</title><link>https://news.example/ferry</link>
                    <guid isPermaLink="false">ferry-2024-03-04</guid><pubDate>Mon, 04 Mar 2024 09:30:00 GMT</pubDate></item>
                  <item><title>Bridge repaired</title><link>/bridge</link></item>
                  <item><title>No link at all</title></item>
                </channel></rss>""");
        assertEquals(2, items.size());
        assertEquals(new FeedItem("ferry-2024-03-04", "https://news.example/ferry", "Ferry resumes",
                LocalDate.of(2024, 3, 4)), items.get(0));
        assertEquals("https://news.example/bridge", items.get(1).key());
        assertEquals("https://news.example/bridge", items.get(1).link());
        assertNull(items.get(1).published());
    }

    @Test
    void a_permalink_guid_stands_in_for_a_missing_link() throws FeedException {
        List<FeedItem> items = parse("<rss><channel><item><guid>https://news.example/a</guid></item></channel></rss>");
        assertEquals("https://news.example/a", items.get(0).link());
    }

    @Test
    void reads_atom_entries_with_alternate_links_and_published_or_updated() throws FeedException {
        List<FeedItem> items = parse("""
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Port</title>
                  <entry><id>tag:port.example,2024:1</id><title>Dredging done</title>
                    <link rel="self" href="https://port.example/api/1"/><link href="https://port.example/dredging"/>
                    <published>2024-02-20T08:00:00+01:00</published><updated>2024-02-21T08:00:00Z</updated></entry>
                  <entry><id>tag:port.example,2024:2</id><title>Quay</title>
                    <link rel="alternate" href="quay"/><updated>2024-02-22T08:00:00Z</updated></entry>
                </feed>""");
        assertEquals(new FeedItem("tag:port.example,2024:1", "https://port.example/dredging", "Dredging done",
                LocalDate.of(2024, 2, 20)), items.get(0));
        assertEquals("https://news.example/feeds/quay", items.get(1).link());
        assertEquals(LocalDate.of(2024, 2, 22), items.get(1).published());
    }

    @Test
    void reads_rss_1_0_with_dublin_core_dates() throws FeedException {
        List<FeedItem> items = parse("""
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel><title>x</title></channel>
                  <item><title>Rail strike ends</title><link>https://rail.example/strike</link><dc:date>2024-01-09</dc:date></item>
                </rdf:RDF>""");
        assertEquals(LocalDate.of(2024, 1, 9), items.get(0).published());
    }

    @Test
    void malformed_xml_is_a_feed_error() {
        FeedException e = assertThrows(FeedException.class, () -> parse("<rss><channel><item></channel>"));
        assertTrue(e.getMessage().startsWith("malformed XML"), e.getMessage());
    }

    @Test
    void an_html_page_is_not_a_feed() {
        FeedException e = assertThrows(FeedException.class, () -> parse("<html><body>hi</body></html>"));
        assertTrue(e.getMessage().contains("not an RSS or Atom feed"), e.getMessage());
    }

    @Test
    void refuses_doctypes_so_external_entities_are_never_read() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <rss><channel><item><title>&secret;</title><link>https://x.example/a</link></item></channel></rss>""";
        FeedException e = assertThrows(FeedException.class, () -> parse(xxe));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }
}
