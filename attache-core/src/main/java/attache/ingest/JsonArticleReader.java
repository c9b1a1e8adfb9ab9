package attache.ingest;

import attache.model.Article;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Articles written as JSON, in the input contract of the evaluation README: {@code {"id", "url",
 * "published", "title", "text"}}. A {@code .json} file holds one such object or an array of them; a
 * {@code .jsonl} file one object a line. A record that cannot be read is rejected on its own, with
 * its line, and the rest of the file goes on.
 */
public final class JsonArticleReader {

    private final ObjectMapper mapper = new ObjectMapper();
    private final Optional<LocalDate> fallbackDate;
    private final int maxTextChars;

    /**
     * @param fallbackDate the publication date for records that give none (the CLI's --published)
     * @param maxTextChars the longest article text accepted
     */
    public JsonArticleReader(Optional<LocalDate> fallbackDate, int maxTextChars) {
        this.fallbackDate = fallbackDate;
        this.maxTextChars = maxTextChars;
    }

    /** A whole {@code .json} document: one article, or an array of them. */
    public List<IngestResult> readDocument(String content, String origin, String defaultId) {
        JsonNode root;
        try {
            root = mapper.readTree(content);
        } catch (JsonProcessingException e) {
            return List.of(new IngestResult.Rejected(origin, "malformed JSON: " + e.getOriginalMessage()
                    + " at line " + e.getLocation().getLineNr()));
        }
        if (root != null && root.isArray()) {
            List<IngestResult> out = new ArrayList<>();
            for (int i = 0; i < root.size(); i++) {
                out.add(read(root.get(i), origin + "[" + i + "]", defaultId + "-" + (i + 1)));
            }
            return out;
        }
        return List.of(read(root, origin, defaultId));
    }

    /** One line of a {@code .jsonl} file; {@code lineNumber} counts from 1. */
    public IngestResult readLine(String line, String file, int lineNumber, String defaultIdPrefix) {
        String origin = file + ":" + lineNumber;
        try {
            return read(mapper.readTree(line), origin, defaultIdPrefix + "-" + lineNumber);
        } catch (JsonProcessingException e) {
            return new IngestResult.Rejected(origin, "malformed JSON: " + e.getOriginalMessage());
        }
    }

    private IngestResult read(JsonNode node, String origin, String defaultId) {
        try {
            return new IngestResult.Parsed(toArticle(node, origin, defaultId));
        } catch (InputException e) {
            return IngestResult.Rejected.of(e);
        }
    }

    private Article toArticle(JsonNode node, String origin, String defaultId) {
        if (node == null || !node.isObject()) {
            throw new InputException(origin, "expected a JSON object with a \"text\" field");
        }
        String text = textField(node, "text");
        if (text == null) {
            throw new InputException(origin, "no \"text\" field");
        }
        if (text.isBlank()) {
            throw new InputException(origin, "empty \"text\"");
        }
        if (text.length() > maxTextChars) {
            throw new InputException(origin, "text of " + text.length() + " characters is above the limit of "
                    + maxTextChars);
        }
        String id = Optional.ofNullable(textField(node, "id")).filter(s -> !s.isBlank()).orElse(defaultId);
        return new Article(id, textField(node, "url"), published(node, origin), textField(node, "title"),
                text, origin);
    }

    private LocalDate published(JsonNode node, String origin) {
        String value = textField(node, "published");
        if (value != null && !value.isBlank()) {
            return PublicationDates.parse(value).orElseThrow(() -> new InputException(origin,
                    "cannot read the publication date \"" + value + "\" (expected YYYY-MM-DD)"));
        }
        return fallbackDate.orElseThrow(() -> new InputException(origin,
                "no publication date: the record has no \"published\" field; give one with --published"));
    }

    private static String textField(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }
}
