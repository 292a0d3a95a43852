package org.dossier.importer.text;

/**
 * A token of the cleaned text: its characters [start, end), the words themselves and its Universal
 * Dependencies part of speech (NOUN, PROPN, VERB, AUX, ...).
 */
public record Token(int start, int end, String text, String pos) {

    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    public boolean is(String tag) {
        return pos.equals(tag);
    }
}
