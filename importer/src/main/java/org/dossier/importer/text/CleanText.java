package org.dossier.importer.text;

/**
 * An article's text with its typography made regular for the linguistic stages, and the map back
 * to the text as read. Every stage works on {@link #text()}; every span leaves through
 * {@link #originalSpan}.
 */
public record CleanText(String original, String text, OffsetMap offsets) {

    /** The original [start, end) of the cleaned [start, end). */
    public int[] originalSpan(int start, int end) {
        return offsets.toOriginal(start, end);
    }
}
