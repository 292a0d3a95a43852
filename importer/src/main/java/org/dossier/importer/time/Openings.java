package org.dossier.importer.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pairs of characters a rule's match can begin with, as the rule's own pattern says. Tried on a
 * word's first two characters alone, the pattern either matches, or fails for want of more text
 * ({@link Matcher#hitEnd()}), or fails outright: then no text that begins with those two characters
 * can match there. Each pair is asked once and the answer kept.
 *
 * <p>Why: most words near a trigger cannot begin a match of the rule ("duration" begins with a
 * number or "the past", "about", …), and the regex engine learns that only by trying each
 * alternative in turn, about a microsecond a word for the longer rules; a kept answer is an array
 * read. A pattern with a positive look-behind needs the text before the match, which a pair does
 * not show, so it is always tried.
 *
 * <p>Thread-safe: answers are written without locking, but any thread computes the same answer.
 */
final class Openings {

    private static final byte UNKNOWN = 0;
    private static final byte POSSIBLE = 1;
    private static final byte IMPOSSIBLE = 2;
    // Answers are kept for pairs of ASCII characters; a word beginning otherwise is always tried.
    private static final int FIRST = 128;
    private static final int SECOND = 128;

    private final Pattern pattern;
    private final boolean decidable;
    private final byte[] pairs = new byte[FIRST * SECOND];

    Openings(Pattern pattern) {
        this.pattern = pattern;
        this.decidable = !pattern.pattern().contains("(?<=");
    }

    /** False only when no match of the pattern can begin at {@code at}, a word start, from its first two characters. */
    boolean mayOpenAt(String text, int at) {
        if (!decidable || at + 1 >= text.length()) {
            return true;
        }
        char first = text.charAt(at);
        char second = text.charAt(at + 1);
        if (first >= FIRST || second >= SECOND) {
            return true;
        }
        int pair = first * SECOND + second;
        byte known = pairs[pair];
        if (known == UNKNOWN) {
            known = canOpen(first, second) ? POSSIBLE : IMPOSSIBLE;
            pairs[pair] = known;
        }
        return known == POSSIBLE;
    }

    // After a space, as a word start is: word boundaries and negative look-behinds see what they see in text.
    private boolean canOpen(char first, char second) {
        Matcher match = pattern.matcher(" " + first + second).region(1, 3).useTransparentBounds(true).useAnchoringBounds(false);
        return match.lookingAt() || match.hitEnd();
    }
}
