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
            int to = Math.max(index + 1, Math.min(2, words.length));
            Linguistics.tag(words, tags, tagged, to);
            if (tagged == 0 && opensWithAMistaggedName()) {
                tags[0] = "PROPN";
                Linguistics.tag(words, tags, 1, to);
            }
            tagged = to;
        }
        return tags[index];
    }

    /**
     * "Trump said …", "Republicans say …": the model, which learnt "trump" and never the name, reads
     * a capitalised word opening a sentence as an imperative verb even when a finite verb follows it.
     * Two verbs in a row at the head of a sentence are a name and its verb; a gerund in either place
     * ("Fighting continues", "Keep talking") is left as tagged.
     */
    private boolean opensWithAMistaggedName() {
        return words.length >= 2 && "VERB".equals(tags[0]) && Character.isUpperCase(words[0].charAt(0)) && !words[0].endsWith("ing")
                && ("AUX".equals(tags[1]) || "VERB".equals(tags[1]) && !words[1].endsWith("ing"));
    }
}
