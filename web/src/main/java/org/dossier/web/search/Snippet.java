package org.dossier.web.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Text with the words that matched a search marked. PostgreSQL marks them with two private-use
 * characters that cannot occur in news text; the page escapes each fragment and draws the marks
 * itself, so no markup from the database ever reaches a page.
 */
public record Snippet(List<Fragment> fragments) {

    public static final char START = '\uE000';
    public static final char STOP = '\uE001';

    public record Fragment(String text, boolean hit) {
    }

    public static Snippet parse(String marked) {
        List<Fragment> fragments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean hit = false;
        for (char c : marked.toCharArray()) {
            if (c == START || c == STOP) {
                if (!current.isEmpty()) {
                    fragments.add(new Fragment(current.toString(), hit));
                }
                current.setLength(0);
                hit = c == START;
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            fragments.add(new Fragment(current.toString(), hit));
        }
        return new Snippet(fragments);
    }
}
