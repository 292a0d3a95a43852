package org.dossier.importer.text;

import java.util.List;
import java.util.Optional;

/** A cleaned text split into sentences and tagged tokens: what every later stage reads. */
public record AnalysedText(CleanText clean, List<Sentence> sentences) {

    public String text() {
        return clean.text();
    }

    /** The sentence holding the cleaned offset, if any. Sentences are in text order, so it is a binary search. */
    public Optional<Sentence> sentenceAt(int offset) {
        int low = 0;
        int high = sentences.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            Sentence sentence = sentences.get(middle);
            if (offset < sentence.start()) {
                high = middle - 1;
            } else if (offset >= sentence.end()) {
                low = middle + 1;
            } else {
                return Optional.of(sentence);
            }
        }
        return Optional.empty();
    }
}
