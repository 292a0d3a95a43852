package org.dossier.importer.text;

import java.util.List;
import java.util.Optional;

/** A cleaned text split into sentences and tagged tokens: what every later stage reads. */
public record AnalysedText(CleanText clean, List<Sentence> sentences) {

    public String text() {
        return clean.text();
    }

    /** The sentence holding the cleaned offset, if any. */
    public Optional<Sentence> sentenceAt(int offset) {
        for (Sentence sentence : sentences) {
            if (offset >= sentence.start() && offset < sentence.end()) {
                return Optional.of(sentence);
            }
        }
        return Optional.empty();
    }
}
