package org.dossier.importer.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Text between quotation marks, [start, end) without the marks. The clean-up has made every
 * double quote {@code "}, so marks pair by alternation. A paragraph that ends inside a quote leaves
 * it open: news continues a long quote in the next paragraph with a new opening mark only.
 */
record Quote(int start, int end, int words) {

    static List<Quote> in(String text) {
        List<Quote> quotes = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n' && open >= 0) {
                add(quotes, text, open + 1, i);
                open = -1;
            } else if (c == '"') {
                if (open < 0) {
                    open = i;
                } else {
                    add(quotes, text, open + 1, i);
                    open = -1;
                }
            }
        }
        if (open >= 0) {
            add(quotes, text, open + 1, text.length());
        }
        return quotes;
    }

    private static void add(List<Quote> quotes, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            quotes.add(new Quote(start, end, words(text, start, end)));
        }
    }

    /** Words parted by white space (the regex {@code \s}) in [start, end), which white space neither opens nor closes. */
    private static int words(String text, int start, int end) {
        int words = 1;
        boolean inSpace = false;
        for (int i = start; i < end; i++) {
            boolean space = " \t\n\u000B\f\r".indexOf(text.charAt(i)) >= 0;
            if (space && !inSpace) {
                words++;
            }
            inSpace = space;
        }
        return words;
    }
}
