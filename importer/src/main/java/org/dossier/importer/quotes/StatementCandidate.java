package org.dossier.importer.quotes;

/**
 * A statement found in the cleaned text: what was said [contentStart, contentEnd), the verb that
 * says it was said [cueStart, cueEnd) and who said it [speakerStart, speakerEnd), or -1 when the
 * text does not say. {@code direct} when the words are quoted.
 */
public record StatementCandidate(int contentStart, int contentEnd, int cueStart, int cueEnd, int speakerStart, int speakerEnd,
        boolean direct) {

    public boolean hasSpeaker() {
        return speakerStart >= 0;
    }

    boolean overlaps(StatementCandidate other) {
        return contentStart < other.contentEnd && other.contentStart < contentEnd;
    }
}
