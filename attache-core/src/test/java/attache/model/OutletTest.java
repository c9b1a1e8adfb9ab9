package attache.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class OutletTest {

    @Test
    void the_outlet_is_the_host_without_www_in_lower_case() {
        assertEquals("wire-service.com", Outlet.of("https://www.Wire-Service.com/2019/talks"));
        assertEquals("example-news.org", Outlet.of("https://example-news.org/aid?id=4"));
        assertEquals("example-news.org", Outlet.of("  https://example-news.org/  "));
    }

    @Test
    void no_url_or_no_host_gives_no_outlet() {
        assertNull(Outlet.of(null));
        assertNull(Outlet.of(" "));
        assertNull(Outlet.of("not a url at all"));
        assertNull(Outlet.of("file:/tmp/article.html"));
    }
}
