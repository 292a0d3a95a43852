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
        String inner = text.substring(start, end);
        int leading = inner.length() - inner.stripLeading().length();
        int trailing = inner.length() - inner.stripTrailing().length();
        if (end - trailing > start + leading) {
            quotes.add(new Quote(start + leading, end - trailing, inner.strip().split("\\s+").length));
        }
    }
}
