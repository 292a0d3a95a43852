package org.dossier.importer.text;

import java.util.List;
import java.util.Set;

/**
 * Words written short and closed by a full stop, which the tokenizer splits from them: an initial
 * in a name ("John F. Kerry") and a title before one ("Sen. Maria Lopez"). Either is two tokens, the
 * word and the stop touching it, and neither ends a sentence.
 */
public final class Abbreviations {

    static final Set<String> TITLES = Set.of("Mr", "Mrs", "Ms", "Dr", "Rep", "Reps", "Sen", "Sens", "Gov", "Lt", "Gen", "Gens", "Col",
            "Maj", "Capt", "Sgt", "Adm", "Cmdr", "Prof", "Rev", "Pres", "Supt", "Atty", "Amb", "Sec", "Del");

    private Abbreviations() {
    }

    /** Token {@code i} is a single capital letter and the next token is its full stop, touching it. */
    public static boolean isInitialAt(List<Token> tokens, int i) {
        String letter = tokens.get(i).text();
        return letter.length() == 1 && Character.isUpperCase(letter.charAt(0)) && isClosedByItsFullStop(tokens, i);
    }

    /** Token {@code i} is a title's abbreviation and the next token is its full stop, touching it. */
    public static boolean isTitleAt(List<Token> tokens, int i) {
        return TITLES.contains(tokens.get(i).text()) && isClosedByItsFullStop(tokens, i);
    }

    private static boolean isClosedByItsFullStop(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i + 1).text().equals(".") && tokens.get(i + 1).start() == tokens.get(i).end();
    }
}
