package org.dossier.importer.text;

import java.util.Locale;
import java.util.Set;

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
            if (tagged == 0 && (opensWithAMistaggedName() || isANameReadAsAPronoun(0))) {
                tags[0] = "PROPN";
                Linguistics.tag(words, tags, 1, through);
            }
            for (int k = Math.max(1, tagged); k < to && k + 1 < through; k++) {
                if (endsANameReadAsAVerb(k) || isANameReadAsAPronoun(k) || isAnAcronymReadAsAVerb(k)) {
                    tags[k] = "PROPN";
                    Linguistics.tag(words, tags, k + 1, through);
                } else if (isANounReadAsAPronoun(k)) {
                    tags[k] = "NOUN";
                    Linguistics.tag(words, tags, k + 1, through);
                }
            }
            tagged = to;
        }
        return tags[index];
    }

    /**
     * "Donald Trump says …", "Peter Hope said …", "to win the vote, Trump says …": a capitalised word
     * the model reads as a verb inside a sentence, before a verb in lower case, is a name. Only after
     * a name, a comma or a word in lower case: after a quote mark, a bracket or a colon a capital
     * opens a quoted sentence, whose first word may be an imperative ("Stop talking").
     */
    private boolean endsANameReadAsAVerb(int k) {
        if (!"VERB".equals(tags[k]) || !Character.isUpperCase(words[k].charAt(0))) {
            return false;
        }
        // "Mr. Fielding, then 40, said": after a title's abbreviation a capitalised word is a name, whatever its ending or
        // what follows.
        if ("PROPN".equals(tags[k - 1]) && words[k - 1].length() > 1 && words[k - 1].endsWith(".")) {
            return true;
        }
        // "But Trump says": after an opening conjunction or adverb as after a word in lower case.
        boolean opener = k == 1 && ("CCONJ".equals(tags[0]) || "ADV".equals(tags[0]) || "SCONJ".equals(tags[0]));
        return !words[k].endsWith("ing")
                && (opener || "PROPN".equals(tags[k - 1]) || words[k - 1].equals(",") || Character.isLowerCase(words[k - 1].charAt(0)))
                && (isAVerbAfterAName(k + 1) && Character.isLowerCase(words[k + 1].charAt(0)) || isFollowedByWho(k));
    }

    /**
     * "said one GOP source": a word in capitals among words in lower case is an acronym, which the
     * model may read as a verb; no verb is written in capitals but in shouting, where its neighbours
     * are in capitals too.
     */
    private boolean isAnAcronymReadAsAVerb(int k) {
        String word = words[k];
        return "VERB".equals(tags[k]) && word.length() >= 2 && word.length() <= 5 && word.chars().allMatch(c -> c >= 'A' && c <= 'Z')
                && (hasALowerCaseLetter(words[k - 1]) || hasALowerCaseLetter(words[k + 1]));
    }

    private static boolean hasALowerCaseLetter(String word) {
        return word.chars().anyMatch(Character::isLowerCase);
    }

    /** "… backs Trump, who says …": a relative "who" after a comma stands for a person, so the word before is a name. */
    private boolean isFollowedByWho(int k) {
        return k + 2 < words.length && words[k + 1].equals(",") && words[k + 2].equalsIgnoreCase("who");
    }

    /**
     * The word at {@code i}, after a capitalised word read as a verb, is a verb of its own: tagged so,
     * or an -s form read as a plural noun ("that Trump demands an apology", where the model reads
     * the name as "trump" and its verb as a noun).
     */
    private boolean isAVerbAfterAName(int i) {
        String tag = tags[i];
        return "VERB".equals(tag) || "AUX".equals(tag)
                || "NOUN".equals(tag) && Character.isLowerCase(words[i].charAt(0)) && words[i].endsWith("s") && !words[i].endsWith("ss");
    }

    private static final Set<String> PRONOUNS = Set.of("i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us",
            "them", "my", "your", "his", "its", "our", "their", "mine", "yours", "hers", "ours", "theirs", "myself", "yourself",
            "himself", "herself", "itself", "ourselves", "yourselves", "themselves", "this", "that", "these", "those", "who", "whom",
            "whose", "which", "what", "whoever", "whatever", "whichever", "one", "ones", "oneself", "some", "any", "none", "all",
            "both", "each", "either", "neither", "many", "much", "few", "several", "most", "more", "less", "other", "others",
            "another", "such", "someone", "somebody", "something", "anyone", "anybody", "anything", "everyone", "everybody",
            "everything", "no-one", "nobody", "nothing", "there", "y'all");

    /**
     * "Ibrahim said …": the model reads some names it never saw as pronouns. Pronouns are a closed
     * class: a capitalised word tagged as one that is none is a name.
     */
    private boolean isANameReadAsAPronoun(int k) {
        return "PRON".equals(tags[k]) && Character.isUpperCase(words[k].charAt(0)) && !PRONOUNS.contains(words[k].toLowerCase(Locale.ROOT));
    }

    /**
     * "according to exit polls", "according to census figures": after "according to", where it learnt
     * "him" and "them", the model reads a word it does not know as a pronoun. There a word of
     * lower-case letters tagged as one that is no pronoun is a noun. (Elsewhere such words are as
     * often verbs or adverbs: "has", "meanwhile".)
     */
    private boolean isANounReadAsAPronoun(int k) {
        String word = words[k];
        if (!"PRON".equals(tags[k]) || k < 2 || !words[k - 1].equals("to") || !words[k - 2].equalsIgnoreCase("according")
                || PRONOUNS.contains(word)) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) < 'a' || word.charAt(i) > 'z') {
                return false;
            }
        }
        return true;
    }

    /**
     * "Trump said …", "Republicans say …": the model, which learnt "trump" and never the name, reads
     * a capitalised word opening a sentence as an imperative verb even when a finite verb follows it.
     * Two verbs in a row at the head of a sentence, or with an adverb between, are a name and its verb; a gerund in either place
     * ("Fighting continues", "Keep talking") is left as tagged.
     */
    private boolean opensWithAMistaggedName() {
        if (words.length < 2 || !"VERB".equals(tags[0]) || !Character.isUpperCase(words[0].charAt(0)) || words[0].endsWith("ing")) {
            return false;
        }
        // "Fields later tweeted …" (Fields read as a verb): an adverb may stand between the name and its verb.
        int verb = "ADV".equals(tags[1]) && Character.isLowerCase(words[1].charAt(0)) && words.length >= 3 ? 2 : 1;
        return !words[verb].endsWith("ing") && isAVerbAfterAName(verb);
    }
}
