package org.dossier.core.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The identity of an article's text: SHA-256 over the text with Unicode normalised and white space
 * folded, so the same article saved with other line endings or indentation is recognised as itself.
 */
public final class ContentHash {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private ContentHash() {
    }

    public static String of(String text) {
        String canonical = WHITE_SPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
