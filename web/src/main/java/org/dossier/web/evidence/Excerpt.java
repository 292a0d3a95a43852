package org.dossier.web.evidence;

/**
 * A span of an article with the words around it, cut at sentence or line ends when they are near,
 * so a reader sees the evidence in its sentence, read from the stored article itself.
 */
public record Excerpt(String before, String quote, String after) {

    static final int REACH = 240;

    public static Excerpt around(String body, int start, int end) {
        int from = sentenceStart(body, start);
        int to = sentenceEnd(body, end);
        return new Excerpt(
                (from > 0 ? "…" : "") + body.substring(from, start),
                body.substring(start, end),
                body.substring(end, to) + (to < body.length() ? "…" : ""));
    }

    private static int sentenceStart(String body, int start) {
        int limit = Math.max(0, start - REACH);
        for (int i = start - 1; i > limit; i--) {
            char c = body.charAt(i);
            if (c == '\n' || (Character.isWhitespace(c) && endsSentence(body.charAt(i - 1)))) {
                return i + 1;
            }
        }
        return limit == 0 ? 0 : wordStart(body, limit);
    }

    private static int sentenceEnd(String body, int end) {
        int limit = Math.min(body.length(), end + REACH);
        for (int i = end; i < limit; i++) {
            char c = body.charAt(i);
            if (c == '\n') {
                return i;
            }
            if (endsSentence(c) && (i + 1 == body.length() || Character.isWhitespace(body.charAt(i + 1)))) {
                return i + 1;
            }
        }
        return limit == body.length() ? limit : wordEnd(body, limit);
    }

    private static boolean endsSentence(char c) {
        return c == '.' || c == '?' || c == '!' || c == '"' || c == '”';
    }

    private static int wordStart(String body, int at) {
        int i = at;
        while (i < body.length() && !Character.isWhitespace(body.charAt(i))) {
            i++;
        }
        return Math.min(i + 1, body.length());
    }

    private static int wordEnd(String body, int at) {
        int i = at;
        while (i > 0 && !Character.isWhitespace(body.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
