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
            // One word further than asked: whether a word is a name read as a verb depends on the word after it.
            int through = Math.min(words.length, to + 1);
            Linguistics.tag(words, tags, tagged, through);
            if (tagged == 0 && opensWithAMistaggedName()) {
                tags[0] = "PROPN";
                Linguistics.tag(words, tags, 1, through);
            }
            for (int k = Math.max(1, tagged); k < to && k + 1 < through; k++) {
                if (endsANameReadAsAVerb(k)) {
                    tags[k] = "PROPN";
                    Linguistics.tag(words, tags, k + 1, through);
                }
            }
            tagged = to;
        }
        return tags[index];
    }

    /**
     * "Donald Trump says …", "Peter Hope said …": a capitalised word the model reads as a verb,
     * after a proper noun and before a verb in lower case, is the end of a name.
     */
    private boolean endsANameReadAsAVerb(int k) {
        return "VERB".equals(tags[k]) && Character.isUpperCase(words[k].charAt(0)) && !words[k].endsWith("ing")
                && "PROPN".equals(tags[k - 1]) && ("VERB".equals(tags[k + 1]) || "AUX".equals(tags[k + 1]))
                && Character.isLowerCase(words[k + 1].charAt(0));
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
