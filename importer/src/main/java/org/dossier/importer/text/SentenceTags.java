package org.dossier.importer.text;

/**
 * The parts of speech of one sentence's words, tagged up to the word a later stage asks about, the
 * first time it asks. Tagging is the costliest step of the analysis; most sentences hold nothing a
 * stage reads tags for (no title, quote mark, reporting verb, meeting or stance word), and in "Kerry
 * said the talks …" only the words up to the verb are read. Measured in docs/benchmarks.md.
 */
final class SentenceTags {

    private final String[] words;
    private final String[] tags;
    private int tagged;

    SentenceTags(String[] words) {
        this.words = words;
        this.tags = new String[words.length];
    }

    // Synchronized: a sentence read by two threads is tagged once, and never seen half-tagged.
    synchronized String at(int index) {
        if (index >= tagged) {
            Linguistics.tag(words, tags, tagged, index + 1);
            tagged = index + 1;
        }
        return tags[index];
    }
}
