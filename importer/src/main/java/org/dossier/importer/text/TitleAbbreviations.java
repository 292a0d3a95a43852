package org.dossier.importer.text;

import java.util.List;
import java.util.Set;

/**
 * Titles written short before a name ("Sen. Maria Lopez", "Gen. Okafor"): the tokenizer splits
 * the abbreviation from its full stop, so a title is two tokens, the word and the stop touching it.
 */
public final class TitleAbbreviations {

    static final Set<String> TITLES = Set.of("Mr", "Mrs", "Ms", "Dr", "Rep", "Reps", "Sen", "Sens", "Gov", "Lt", "Gen", "Gens", "Col",
            "Maj", "Capt", "Sgt", "Adm", "Cmdr", "Prof", "Rev", "Pres", "Supt", "Atty", "Amb", "Sec", "Del");

    private TitleAbbreviations() {
    }

    /** Token {@code i} is a title's abbreviation and the next token is its full stop, touching it. */
    public static boolean startsAt(List<Token> tokens, int i) {
        return TITLES.contains(tokens.get(i).text()) && i + 1 < tokens.size() && tokens.get(i + 1).text().equals(".")
                && tokens.get(i + 1).start() == tokens.get(i).end();
    }
}
