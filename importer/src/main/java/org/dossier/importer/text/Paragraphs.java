package org.dossier.importer.text;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * The stretches of text a sentence cannot run out of. A blank line always ends one. So does a
 * single line break after a line without final punctuation, where each line of the text is a
 * paragraph, as in text copied from a web page or a feed: a headline, a dateline or a caption would
 * otherwise open the sentence after it ("Envoys meet in Geneva" + "Lavrov said …" read as one
 * sentence with its speaker "Geneva Lavrov"). After a full stop the sentence model finds the end
 * itself. Hard-wrapped text, with its lines cut at a fixed width, has line breaks inside sentences,
 * and only its blank lines count. A line that opens in lower case or with a comma goes on with the
 * sentence before it: a news sentence never starts so.
 */
final class Paragraphs {

    // Wrapped text keeps to 70-80 columns; a text of paragraphs has lines longer than that, except a short one.
    private static final int WRAP_WIDTH = 100;
    private static final int FEWEST_WRAPPED_LINES = 5;

    private Paragraphs() {
    }

    static List<Span> of(String text) {
        boolean linesAreParagraphs = !isHardWrapped(text);
        List<Span> paragraphs = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '\n' && (isBlankLineAfter(text, i)
                    || linesAreParagraphs && !endsWithPunctuation(text, start, i) && opensAParagraph(text, i + 1))) {
                addIfNotBlank(paragraphs, text, start, i);
                while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                start = i;
            } else {
                i++;
            }
        }
        addIfNotBlank(paragraphs, text, start, text.length());
        return paragraphs;
    }

    /** Five lines or more, and at most one in ten longer than a wrapping width. */
    static boolean isHardWrapped(String text) {
        int lines = 0;
        int longer = 0;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (!isBlank(text, start, end)) {
                lines++;
                longer += end - start > WRAP_WIDTH ? 1 : 0;
            }
            start = end + 1;
        }
        return lines >= FEWEST_WRAPPED_LINES && longer * 10 <= lines;
    }

    /**
     * The line before {@code newline} ends in a full stop, a quotation mark, a colon or the like: the
     * sentence model sees the end of its sentence there, or sees that it goes on ("said:").
     */
    private static boolean endsWithPunctuation(String text, int paragraphStart, int newline) {
        int last = newline - 1;
        while (last >= paragraphStart && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        return last >= paragraphStart && ".!?:;,\"')]".indexOf(text.charAt(last)) >= 0;
    }

    /** The line from {@code i} opens with neither a lower-case letter nor punctuation that goes on with a sentence. */
    private static boolean opensAParagraph(String text, int i) {
        while (i < text.length() && text.charAt(i) != '\n' && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return true;
        }
        char first = text.charAt(i);
        return !Character.isLowerCase(first) && ",;:)]}".indexOf(first) < 0;
    }

    private static boolean isBlankLineAfter(String text, int newline) {
        int i = newline + 1;
        while (i < text.length() && text.charAt(i) != '\n' && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '\n' || i == text.length();
    }

    private static boolean isBlank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static void addIfNotBlank(List<Span> paragraphs, String text, int start, int end) {
        if (!isBlank(text, start, end)) {
            paragraphs.add(new Span(start, end));
        }
    }
}
