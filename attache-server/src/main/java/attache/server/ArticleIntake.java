package attache.server;

import attache.ingest.HtmlArticleReader;
import attache.ingest.IngestResult;
import attache.ingest.InputException;
import attache.ingest.JsonArticleReader;
import attache.model.Article;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a posted body into one {@link Article}: a JSON object in the input contract, or an HTML page
 * (told by its content type or its first character). A body that gives no article is a 400 saying why.
 */
final class ArticleIntake {

    static final String ORIGIN = "POST /api/articles";

    private final HtmlArticleReader html = new HtmlArticleReader();
    private final int maxTextChars;

    ArticleIntake(int maxTextChars) {
        this.maxTextChars = maxTextChars;
    }

    /**
     * @param id        the id to give an article whose record (or page) names none; may be null
     * @param published the publication date for an input that gives none; may be null
     */
    Article read(byte[] body, String contentType, String id, LocalDate published) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            throw new ApiError(400, "empty body: post an article as JSON or HTML");
        }
        String articleId = id != null ? id : "post-" + digest(body);
        try {
            if (isHtml(contentType, text)) {
                return html.read(body, articleId, ORIGIN, published);
            }
            return json(text, articleId, published);
        } catch (InputException e) {
            throw new ApiError(400, forApi(e.reason()));
        }
    }

    private Article json(String text, String id, LocalDate published) {
        List<IngestResult> results = new JsonArticleReader(Optional.ofNullable(published), maxTextChars)
                .readDocument(text, ORIGIN, id);
        if (results.size() != 1) {
            throw new ApiError(400, "post one article at a time (the body holds " + results.size() + ")");
        }
        IngestResult result = results.get(0);
        if (result instanceof IngestResult.Rejected r) {
            throw new ApiError(400, forApi(r.reason()));
        }
        return ((IngestResult.Parsed) result).article();
    }

    /** The readers' reasons name the command line's option; here the fallback is a query parameter. */
    private static String forApi(String reason) {
        return reason.replace("with --published", "with ?published=YYYY-MM-DD");
    }

    private static boolean isHtml(String contentType, String text) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.contains("html")) {
            return true;
        }
        return !type.contains("json") && text.stripLeading().startsWith("<");
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
