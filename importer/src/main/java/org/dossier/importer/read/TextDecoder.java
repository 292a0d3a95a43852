package org.dossier.importer.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text, refusing what is not a UTF-8 text: empty files, binary files and
 * files in another encoding are refused with the reason rather than imported as mojibake.
 */
public final class TextDecoder {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private TextDecoder() {
    }

    public static String decode(String origin, byte[] bytes) throws UnreadableArticleException {
        if (bytes.length == 0) {
            throw new UnreadableArticleException(origin, "empty file");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new UnreadableArticleException(origin, "binary file (NUL byte at offset " + i + "), not a text article");
            }
        }
        String text = strictUtf8(origin, bytes);
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new UnreadableArticleException(origin, "empty file (white space only)");
        }
        return text;
    }

    private static String strictUtf8(String origin, byte[] bytes) throws UnreadableArticleException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new UnreadableArticleException(origin,
                    "not UTF-8 (invalid byte 0x%02X at offset %d); convert it to UTF-8 first".formatted(bytes[in.position()] & 0xFF, in.position()));
        }
        try {
            decoder.flush(out);
        } catch (RuntimeException e) {
            throw new UnreadableArticleException(origin, "not UTF-8", e);
        }
        return out.flip().toString();
    }
}
