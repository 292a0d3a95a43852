package org.dossier.importer.text;

import java.util.Locale;
import java.util.Set;

/**
 * A token of the cleaned text: its characters [start, end), the words themselves and its Universal
 * Dependencies part of speech (NOUN, PROPN, VERB, AUX, ...), which is tagged for the whole sentence
 * the first time any of its tokens is asked.
 */
public final class Token {

    private final int start;
    private final int end;
    private final String text;
    private final SentenceTags tags;
    private final int index;
    private String lowerCase;

    Token(int start, int end, String text, SentenceTags tags, int index) {
        this.start = start;
        this.end = end;
        this.text = text;
        this.tags = tags;
        this.index = index;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public String text() {
        return text;
    }

    /** The text in lower case (Locale.ROOT), made once: the finders compare it with their word lists again and again. */
    public String lowerCase() {
        if (lowerCase == null) {
            lowerCase = text.toLowerCase(Locale.ROOT);
        }
        return lowerCase;
    }

    public String pos() {
        return tags.at(index);
    }

    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    public boolean is(String tag) {
        return pos().equals(tag);
    }

    // "she's said", "it's reported": "is" or "has" contracted, not a possessive.
    private static final Set<String> CONTRACTED_PRONOUNS = Set.of("he's", "she's", "it's", "that's", "there's", "what's", "who's",
            "here's", "where's");

    /** "Russia's", "BP's": the tokenizer leaves a possessive one token with its name. */
    public boolean isPossessive() {
        return text.length() > 2 && text.endsWith("'s") && !CONTRACTED_PRONOUNS.contains(lowerCase());
    }

    /** A one-character token that is one of {@code characters}, as in {@code token.isOneOf(",:")}. */
    public boolean isOneOf(String characters) {
        return text.length() == 1 && characters.indexOf(text.charAt(0)) >= 0;
    }

    @Override
    public String toString() {
        return text + "[" + start + "," + end + ")";
    }
}
