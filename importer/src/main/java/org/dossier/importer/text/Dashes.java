package org.dossier.importer.text;

import java.util.List;
import java.util.Set;

/**
 * How a hyphen token reads in the clean text. The clean-up writes an em or en dash between words as
 * a hyphen set off by spaces ({@link TypographyCleaner}), and the tokenizer splits most hyphenated
 * words into word, hyphen, word: so a hyphen token touching both its neighbours joins them
 * ("Mensah-Bonsu", "self-described"), and one with spaces on both sides is a dash ("Okafor - a
 * teacher - said").
 */
public final class Dashes {

    private static final Set<String> DASHES = Set.of("--", "\u2014", "\u2013", "\u2015");

    private Dashes() {
    }

    /** "--", a dash character, or a hyphen set off by spaces: a break between words. */
    public static boolean isDash(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (DASHES.contains(token.text())) {
            return true;
        }
        return token.text().equals("-") && i > 0 && i + 1 < tokens.size()
                && tokens.get(i - 1).end() < token.start() && token.end() < tokens.get(i + 1).start();
    }

    /** "Mensah-Bonsu", "Al-Ahram": a hyphen the tokenizer split from the words it joins, touching both. */
    public static boolean isJoiningHyphen(List<Token> tokens, int i) {
        return tokens.get(i).text().equals("-") && i > 0 && i + 1 < tokens.size()
                && tokens.get(i - 1).end() == tokens.get(i).start() && tokens.get(i).end() == tokens.get(i + 1).start();
    }
}
