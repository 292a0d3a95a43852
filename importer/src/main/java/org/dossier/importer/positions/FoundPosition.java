package org.dossier.importer.positions;

import org.dossier.core.statement.Stance;

/**
 * A position of one article: who, which stance, on what issue (its words and cleaned-text span), where
 * the cue stands, and the sentence it was read from.
 */
public record FoundPosition(String actor, Stance stance, String issue, int issueStart, int issueEnd, int cueStart,
        int sentenceStart, int sentenceEnd) {
}
