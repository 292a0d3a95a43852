package org.dossier.importer.text;

import java.util.List;

/**
 * Initials in names ("John F. Kerry", "Vann R. Newkirk"): the tokenizer splits a capital letter
 * from its full stop, so an initial is two tokens, the letter and the stop touching it.
 */
public final class Initials {

    private Initials() {
    }

    /** Token {@code i} is a single capital letter and the next token is its full stop, touching it. */
    public static boolean startsAt(List<Token> tokens, int i) {
        String letter = tokens.get(i).text();
        return letter.length() == 1 && Character.isUpperCase(letter.charAt(0)) && i + 1 < tokens.size()
                && tokens.get(i + 1).text().equals(".") && tokens.get(i + 1).start() == tokens.get(i).end();
    }
}
