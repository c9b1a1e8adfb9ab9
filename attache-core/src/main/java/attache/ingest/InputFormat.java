package attache.ingest;

import java.util.Locale;
import java.util.Optional;

/** The formats Attaché reads, told apart by file name or, for standard input, by content. */
public enum InputFormat {
    JSON, JSONL, TEXT, HTML;

    /** The format a file name says, looking through a trailing {@code .gz}. */
    public static Optional<InputFormat> ofFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
            return Optional.of(JSONL);
        }
        if (n.endsWith(".json")) {
            return Optional.of(JSON);
        }
        if (n.endsWith(".txt") || n.endsWith(".text")) {
            return Optional.of(TEXT);
        }
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return Optional.of(HTML);
        }
        return Optional.empty();
    }

    /** The format content appears to be in, for input without a name. */
    public static InputFormat sniff(String content) {
        String head = content.stripLeading();
        if (head.startsWith("{") || head.startsWith("[")) {
            int firstBreak = head.indexOf('\n');
            boolean oneObjectPerLine = firstBreak > 0 && head.substring(0, firstBreak).strip().endsWith("}")
                    && head.substring(firstBreak).strip().startsWith("{");
            return oneObjectPerLine ? JSONL : JSON;
        }
        String lower = head.length() > 200 ? head.substring(0, 200).toLowerCase(Locale.ROOT) : head.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.contains("<body")) {
            return HTML;
        }
        return TEXT;
    }

    /** The file name without its format extensions: the article id of a one-article file. */
    public static String baseName(String fileName) {
        String n = fileName;
        if (n.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
