package org.dossier.importer.text;

import java.util.List;

/** A sentence of the cleaned text, [start, end), with its tokens in order. */
public record Sentence(int index, int start, int end, String text, List<Token> tokens) {

    /** The index of the first token starting at or after {@code offset}, or the token count. */
    public int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= offset) {
                return i;
            }
        }
        return tokens.size();
    }
}
