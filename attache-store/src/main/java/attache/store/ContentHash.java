package attache.store;

import attache.model.Article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The fingerprint of an article's input: SHA-256 over what a reader could change (url, date, title,
 * text). It covers the input, not the analysis, so re-ingesting an unchanged article is free even
 * after the lexicons change; {@code ingest --reanalyse} analyses it again, and the store then
 * replaces it when its output document differs.
 */
final class ContentHash {

    private ContentHash() {
    }

    static String of(Article a) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String field : new String[]{a.url(), a.published().toString(), a.title(), a.text()}) {
                // A length prefix keeps ("ab", "c") and ("a", "bc") apart; null differs from "".
                String s = field == null ? "\u0000" : field.length() + ":" + field;
                sha.update(s.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0x1f);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
