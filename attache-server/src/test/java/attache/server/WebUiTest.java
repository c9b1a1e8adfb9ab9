package attache.server;

import attache.output.DocumentWriter;
import attache.store.testing.Stories;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import static attache.server.TestServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The UI's files as served: types, security headers, no way out of the UI's folder, no CORS. */
class WebUiTest extends ServerPerTest {

    @Test
    void index_page_loads_only_its_own_module_script() {
        JavalinTest.test(server.app(), (s, client) -> {
            Response r = client.get("/");
            assertEquals(200, r.code());
            assertTrue(r.header("Content-Type").startsWith("text/html"), r.header("Content-Type"));
            String html = r.body().string();
            assertTrue(html.contains("<script type=\"module\" src=\"/js/app.js\"></script>"), html);
            assertFalse(Pattern.compile("<script(?![^>]*\\bsrc=)").matcher(html).find(), "an inline script");
            assertFalse(Pattern.compile("\\son[a-z]+=", Pattern.CASE_INSENSITIVE).matcher(html).find(),
                    "an inline handler");
            assertFalse(html.contains("http://") || html.contains("https://"), "nothing loaded from elsewhere");
        });
    }

    @Test
    void every_answer_carries_the_security_headers() {
        JavalinTest.test(server.app(), (s, client) -> {
            for (String path : new String[] {"/", "/js/app.js", "/style.css", "/api/events", "/api/articles/nope",
                    "/health"}) {
                Response r = client.get(path);
                String csp = r.header("Content-Security-Policy");
                assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY, csp, path);
                assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline")
                        && !csp.contains("unsafe-eval"), csp);
                assertEquals("nosniff", r.header("X-Content-Type-Options"), path);
                assertEquals("DENY", r.header("X-Frame-Options"), path);
            }
        });
    }

    @Test
    void scripts_and_styles_have_their_types() {
        JavalinTest.test(server.app(), (s, client) -> {
            for (String module : new String[] {"app", "dom", "api", "annotate", "charts", "quad", "views/home",
                    "views/article", "views/timeline", "views/network", "views/search", "views/analyse"}) {
                Response r = client.get("/js/" + module + ".js");
                assertEquals(200, r.code(), module);
                assertTrue(r.header("Content-Type").contains("javascript"), module + ": " + r.header("Content-Type"));
                String code = r.body().string();
                assertFalse(code.contains("innerHTML") || code.contains("outerHTML") || code.contains("insertAdjacentHTML")
                        || code.contains("document.write") || code.contains("eval("), module + " parses markup");
            }
            assertTrue(client.get("/style.css").header("Content-Type").startsWith("text/css"));
        });
    }

    @Test
    void paths_that_climb_out_of_the_ui_folder_are_refused() {
        JavalinTest.test(server.app(), (s, client) -> {
            assertTrue(rawGet(s.port(), "/js/app.js").startsWith("HTTP/1.1 200"), "the control: a file inside");
            // Each would reach the server's own classes or its OpenAPI file beside the UI's folder.
            for (String path : new String[] {"/../server/openapi.json", "/js/../../server/openapi.json",
                    "/%2e%2e/server/openapi.json", "/%2E%2E/%2e%2e/attache/server/openapi.json",
                    "/..%2fserver%2fopenapi.json", "/%2e%2e%2fserver%2fApiServer.class", "/js/..%5c..%5cserver/openapi.json",
                    "/..;/server/openapi.json", "/%252e%252e/server/openapi.json", "/attache/server/ApiServer.class",
                    "/WEB-INF/web.xml"}) {
                String answer = rawGet(s.port(), path);
                String status = answer.substring(0, answer.indexOf("\r\n"));
                assertFalse(status.contains(" 200"), path + " answered " + status);
                assertFalse(answer.contains("\"openapi\"") || answer.contains("\u00ca\u00fe\u00ba\u00be"),
                        path + " leaked a file");
            }
        });
    }

    @Test
    void ui_files_are_counted_once_in_the_metrics() {
        JavalinTest.test(server.app(), (s, client) -> {
            client.get("/");
            client.get("/js/app.js");
            client.get("/nothing.js");
            String text = client.get("/metrics").body().string();
            assertTrue(text.contains("attache_http_request_duration_seconds_count{route=\"static\"} 2"), text);
            assertTrue(text.contains("attache_http_request_duration_seconds_count{route=\"unmatched\"} 1"), text);
        });
    }

    @Test
    void cors_is_off() {
        JavalinTest.test(server.app(), (s, client) -> {
            Response r = client.request("/api/events", b -> b.header("Origin", "http://elsewhere.example"));
            assertEquals(200, r.code());
            assertNull(r.header("Access-Control-Allow-Origin"));
            Response preflight = client.request("/api/articles", b -> b.method("OPTIONS", null)
                    .header("Origin", "http://elsewhere.example").header("Access-Control-Request-Method", "POST"));
            assertNull(preflight.header("Access-Control-Allow-Origin"));
            assertNull(preflight.header("Access-Control-Allow-Methods"));
        });
    }

    @Test
    void article_route_answers_the_document_process_writes() {
        JavalinTest.test(server.app(), (s, client) -> {
            Response r = client.get("/api/articles/talks");
            assertEquals(200, r.code());
            assertTrue(r.header("Content-Type").startsWith("application/json"));
            assertEquals(new DocumentWriter().toJsonLine(Stories.talks()), r.body().string());
        });
    }

    @Test
    void article_list_is_newest_first_and_paged() {
        JavalinTest.test(server.app(), (s, client) -> {
            JsonNode page = json(client.get("/api/articles"));
            assertEquals(3, page.get("total").asInt());
            assertEquals("protest", page.get("articles").get(0).get("id").asText());
            assertEquals("talks", page.get("articles").get(2).get("id").asText());
            assertEquals(3, page.get("articles").get(2).get("events").asInt());
            assertEquals("wire-service.com", page.get("articles").get(2).get("outlet").asText());
            JsonNode second = json(client.get("/api/articles?limit=1&offset=1"));
            assertEquals(1, second.get("articles").size());
            assertEquals("aid", second.get("articles").get(0).get("id").asText());
            for (String bad : new String[] {"limit=0", "limit=many", "limit=1001", "offset=-1"}) {
                Response r = client.get("/api/articles?" + bad);
                assertEquals(400, r.code(), bad);
                String name = bad.substring(0, bad.indexOf('='));
                assertTrue(json(r).get("message").asText().contains("'" + name + "'"), bad);
            }
        });
    }

    /** A request sent as written, so no client library tidies the path first. */
    private static String rawGet(int port, String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
