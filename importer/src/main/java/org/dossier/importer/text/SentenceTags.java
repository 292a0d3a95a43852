package org.dossier.importer.text;

/**
 * The parts of speech of one sentence's words, tagged the first time a later stage asks for one.
 * Tagging is the costliest step of the analysis, and most sentences hold nothing a stage reads tags
 * for (no title, quote mark, reporting verb, meeting or stance word); measured in docs/benchmarks.md.
 */
final class SentenceTags {

    private final String[] words;
    // Volatile: a sentence read by another thread sees the whole array or tags again, never half of it.
    private volatile String[] tags;

    SentenceTags(String[] words) {
        this.words = words;
    }

    String at(int index) {
        String[] known = tags;
        if (known == null) {
            known = Linguistics.tag(words);
            tags = known;
        }
        return known[index];
    }
}
