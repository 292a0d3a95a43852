package org.dossier.importer.text;

import java.util.Map;

/**
 * Makes news typography regular so that sentence splitting, tokens and quote pairing see one form
 * of each mark:
 * <ul>
 *   <li>curly and low double quotes become {@code "}: news text often uses ” for both ends of a
 *       quote, so direction is decided later by pairing, not by the glyph;</li>
 *   <li>two single quotes or two backquotes, the typewriter way to write a double quote (''as here''),
 *       become {@code "};</li>
 *   <li>curly single quotes and primes become {@code '};</li>
 *   <li>en and em dashes become {@code -}, set off by spaces when they stood between words;</li>
 *   <li>non-breaking and other exotic spaces become plain spaces;</li>
 *   <li>a run of three or more spaces inside a line, where a copy lost a dash or a word, becomes
 *       {@code " - "}, so the clause break is still visible.</li>
 *   <li>the escaped brackets of tokenized corpora ({@code -LRB- CNN -RRB-}) become brackets again.</li>
 * </ul>
 * Characters such as ½ are kept: the time stage reads "5½ years" as it is.
 */
public final class TypographyCleaner {

    public CleanText clean(String original) {
        StringBuilder text = new StringBuilder(original.length());
        OffsetMap.Builder offsets = new OffsetMap.Builder(original.length());
        int i = 0;
        while (i < original.length()) {
            char c = original.charAt(i);
            if (isPlainAscii(c)) {
                // Most characters: nothing below applies to them, so they are copied a run at a time.
                int run = i + 1;
                while (run < original.length() && isPlainAscii(original.charAt(run))) {
                    run++;
                }
                text.append(original, i, run);
                offsets.copy(i, run);
                i = run;
                continue;
            }
            String bracket = escapedBracketAt(original, i);
            if (bracket != null) {
                emit(text, offsets, i, i + ESCAPED_BRACKET_LENGTH, bracket);
                i += ESCAPED_BRACKET_LENGTH;
                continue;
            }
            int spaces = spaceRun(original, i);
            if (spaces >= 3) {
                if (isInsideLine(original, i, i + spaces)) {
                    emit(text, offsets, i, i + spaces, " - ");
                } else {
                    copy(original, text, offsets, i, i + spaces);
                }
                i += spaces;
            } else if (isDoubledSingleQuote(original, i)) {
                emit(text, offsets, i, i + 2, "\"");
                i += 2;
            } else if (isDash(c)) {
                emit(text, offsets, i, i + 1, dash(original, i));
                i++;
            } else {
                char regular = regular(c);
                if (regular == c) {
                    text.append(c);
                    offsets.copy(i);
                } else {
                    emit(text, offsets, i, i + 1, String.valueOf(regular));
                }
                i++;
            }
        }
        return new CleanText(original, text.toString(), offsets.build(original.length()));
    }

    private static void emit(StringBuilder text, OffsetMap.Builder offsets, int from, int to, String replacement) {
        text.append(replacement);
        offsets.replace(from, to, replacement);
    }

    private static void copy(String original, StringBuilder text, OffsetMap.Builder offsets, int from, int to) {
        for (int k = from; k < to; k++) {
            text.append(original.charAt(k));
            offsets.copy(k);
        }
    }

    private static int spaceRun(String s, int from) {
        int i = from;
        while (i < s.length() && isInlineSpace(s.charAt(i))) {
            i++;
        }
        return i - from;
    }

    // Printable ASCII but the space, the single quotes (a run, a doubled quote) and the hyphen (an escaped bracket).
    private static boolean isPlainAscii(char c) {
        return c > ' ' && c < 0x7F && c != '\'' && c != '`' && c != '-';
    }

    private static final int ESCAPED_BRACKET_LENGTH = "-LRB-".length();
    private static final Map<String, String> ESCAPED_BRACKETS = Map.of("-LRB-", "(", "-RRB-", ")", "-LSB-", "[", "-RSB-", "]",
            "-LCB-", "{", "-RCB-", "}");

    /** The bracket a Penn Treebank escape at {@code at} stands for, or null. */
    private static String escapedBracketAt(String s, int at) {
        if (s.charAt(at) != '-' || at + ESCAPED_BRACKET_LENGTH > s.length() || s.charAt(at + ESCAPED_BRACKET_LENGTH - 1) != '-') {
            return null;
        }
        return ESCAPED_BRACKETS.get(s.substring(at, at + ESCAPED_BRACKET_LENGTH));
    }

    private static boolean isInsideLine(String s, int from, int to) {
        return from > 0 && to < s.length() && s.charAt(from - 1) != '\n' && s.charAt(to) != '\n' && s.charAt(to) != '\r';
    }

    private static boolean isInlineSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\t';
    }

    private static boolean isDoubledSingleQuote(String s, int at) {
        return at + 1 < s.length() && (isSingleQuote(s.charAt(at)) && isSingleQuote(s.charAt(at + 1))
                || s.charAt(at) == '`' && s.charAt(at + 1) == '`');
    }

    private static boolean isSingleQuote(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019';
    }

    private static boolean isDash(char c) {
        return c == '\u2013' || c == '\u2014' || c == '\u2015';
    }

    /** "word—word" reads as a break, "1990–1995" as a range: spaces only between letters. */
    private static String dash(String s, int at) {
        boolean letterBefore = at > 0 && Character.isLetter(s.charAt(at - 1));
        boolean letterAfter = at + 1 < s.length() && Character.isLetter(s.charAt(at + 1));
        return letterBefore && letterAfter ? " - " : "-";
    }

    private static char regular(char c) {
        return switch (c) {
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> '"';
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
            case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\u2002', '\u2003' -> ' ';
            default -> c;
        };
    }
}
