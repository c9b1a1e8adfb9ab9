package attache.server;

import io.javalin.http.Context;

/**
 * Headers sent with every answer, pages and JSON alike. The Content-Security-Policy lets a page run
 * only the server's own script files (no inline script, no eval, nothing from elsewhere), so text an
 * article smuggles into the page cannot run even if it were ever inserted as markup; the UI inserts
 * it as text anyway. Frames, plugins and form posts elsewhere are refused too.
 */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "connect-src 'self'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private SecurityHeaders() {
    }

    static void add(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    }
}
