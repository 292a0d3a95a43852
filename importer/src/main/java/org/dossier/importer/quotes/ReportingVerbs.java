package org.dossier.importer.quotes;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.importer.text.Token;

/**
 * The verbs that introduce what someone said or thinks, in all their forms: "said", "told",
 * "warns", "has argued". They are the cues of statements; which verb it was is kept with the
 * statement, since "claimed" and "confirmed" tell an editor different things.
 */
final class ReportingVerbs {

    // Regular verbs: -s, -ed and -ing forms are made from these.
    private static final String[] REGULAR = {"add", "allege", "announce", "argue", "assert", "charge", "claim", "complain",
        "concede", "confirm", "contend", "declare", "deny", "emphasize", "emphasise", "explain", "insist", "maintain", "note",
        "observe", "predict", "recall", "remark", "repeat", "reply", "report", "respond", "reveal", "state", "stress",
        "suggest", "testify", "tweet", "urge", "warn", "acknowledge", "admit", "ask", "believe", "caution", "conclude",
        "estimate", "promise", "vow", "boast", "indicate", "mention", "point", "wonder", "continue", "demand", "accuse",
        "agree", "fear", "hope", "worry", "question", "answer", "counter", "describe", "joke", "quip",
        "shout", "yell", "chant", "call", "cite", "echo", "show",
        // Acts of speech whose object is what was said of someone or something: "criticized the deal as a surrender".
        "criticize", "criticise", "praise", "condemn", "denounce", "lambast", "mock", "pledge", "propose", "endorse", "reject",
        "dismiss", "recommend", "applaud", "liken", "downplay", "dispute", "blame", "slam", "tout", "decry", "assail",
        "chide", "rebuke", "bemoan", "lament", "hail", "rebut", "brag", "defend", "support", "oppose",
        // Saying again, saying what one holds back or hopes: "reiterated that …", "disclosed that …", "expects that …".
        "express", "assure", "remind", "reiterate", "hint", "disclose", "recount", "plead", "expect"};
    // Stressed last syllables that double their consonant: "admitted", "quipping".
    private static final Set<String> DOUBLING = Set.of("admit", "quip", "slam", "rebut", "brag");

    private static final Set<String> IRREGULAR = Set.of("said", "says", "saying", "say", "told", "tells", "telling", "tell",
            "wrote", "written", "writes", "writing", "thought", "thinks", "thinking", "think", "felt", "feels", "knew", "knows",
            "held", "holds", "according", "found", "finds", "finding", "learned", "learnt", "shown", "sought", "swore", "spoke", "speaks");
    private static final Set<String> FORMS = forms();
    private static final Set<String> HOLDING = Set.of("held", "holds");

    private ReportingVerbs() {
    }

    /**
     * Words after which a reporting verb is another verb, or tells no speech: "called off the talks",
     * "showed up at the debate", "charged with murder", "continued to stay", "expected to finish", "slammed
     * into the coast", "the views expressed in the letter". Keyed by the verb's first letters, which all
     * its forms share.
     */
    private static final Map<String, Set<String>> ANOTHER_VERB_BEFORE = Map.of(
            "call", Set.of("off", "up", "in", "back", "out"),
            "show", Set.of("up", "off"),
            "charge", Set.of("with", "in"),
            "continu", Set.of("to"),
            "expect", Set.of("to"),
            "slam", Set.of("into"),
            "express", Set.of("in", "by", "at", "on", "during", "through"));
    // "called it quits", "called it a day"; but "called it “predatory”" is speech.
    private static final Set<String> CALLED_IT_ENDINGS = Set.of("quits", "off", "a");
    private static final int LONGEST_REMINDED = 4;

    // "the report", "his claims", "a question": after these the word is a noun, whatever the tagger would say.
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "these", "those", "his", "its", "their",
            "our", "my", "your", "every", "each");

    /** "the report", "Okafor's reported death": a determiner or a possessive makes the next word part of a noun phrase. */
    private static boolean determines(Token token) {
        return DETERMINERS.contains(token.lowerCase()) || token.isPossessive();
    }

    /**
     * The token at {@code i} is a cue in its place: a reporting verb not after a determiner or a
     * possessive, and not followed by a word that makes it another verb. Read from the words
     * alone, so that the many nouns among these forms ("state", "report", "point") never have their
     * sentence tagged.
     */
    static boolean isCueAt(List<Token> tokens, int i) {
        String word = tokens.get(i).lowerCase();
        if (!FORMS.contains(word) || i > 0 && determines(tokens.get(i - 1))) {
            return false;
        }
        if (i + 1 >= tokens.size()) {
            return true;
        }
        String next = tokens.get(i + 1).lowerCase();
        boolean anotherVerb = false;
        for (Map.Entry<String, Set<String>> verb : ANOTHER_VERB_BEFORE.entrySet()) {
            anotherVerb |= word.startsWith(verb.getKey()) && verb.getValue().contains(next);
        }
        boolean calledItADay = word.startsWith("call") && next.equals("it") && i + 2 < tokens.size()
                && CALLED_IT_ENDINGS.contains(tokens.get(i + 2).lowerCase());
        // "The truce held for a second day", "holds talks": holding is saying only of a view ("holds that …").
        boolean heldNoView = HOLDING.contains(word) && !next.equals("that");
        return !anotherVerb && !calledItADay && !heldNoView && !(word.startsWith("remind") && remindsOf(tokens, i));
    }

    /** "the noise reminded her of the market": a likeness, not words. */
    private static boolean remindsOf(List<Token> tokens, int i) {
        for (int j = i + 1; j < tokens.size() && j <= i + LONGEST_REMINDED; j++) {
            if (tokens.get(j).lowerCase().equals("of")) {
                return true;
            }
        }
        return false;
    }

    /** The verbs that most surely report speech, for the inverted order "..., said Kerry". */
    static boolean isSpeechVerb(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.equals("said") || w.equals("says") || w.equals("say") || w.equals("added") || w.equals("told") || w.equals("asked")
                || w.equals("wrote") || w.equals("continued") || w.equals("explained") || w.equals("noted")
                || w.equals("warned") || w.equals("insisted") || w.equals("argued") || w.equals("replied")
                || w.equals("responded") || w.equals("tweeted") || w.equals("declared") || w.equals("stated");
    }

    private static final Set<String> SAYING = Set.of("said", "says", "say", "saying", "told", "tells", "tell", "telling", "spoke",
            "speaks");

    /** Verbs of saying and nothing more, whose words must be a clause: "said this month on CNBC" reports none. */
    static boolean isPlainSaying(String word) {
        return SAYING.contains(word.toLowerCase(Locale.ROOT));
    }

    private static final Set<String> SPEAKING = Set.of("spoke", "speaks", "speak", "speaking");

    /** "spoke about the budget", "speaks of a plan": a verb of speaking tells what was said only with a clause. */
    static boolean isSpeaking(String word) {
        return SPEAKING.contains(word.toLowerCase(Locale.ROOT));
    }

    private static final Set<String> ANSWERING = Set.of("respond", "responds", "responded", "responding", "reply", "replies",
            "replied", "replying", "answer", "answers", "answered", "answering");

    /** Verbs of answering, whose words must be a clause too: "did not respond to requests for comment" reports none. */
    static boolean isAnswering(String word) {
        return ANSWERING.contains(word.toLowerCase(Locale.ROOT));
    }

    private static final Set<String> ONLY_VERBS = Set.of("said", "told", "says", "tells", "wrote", "tweeted");

    /** Words that are verbs whatever the tagger makes of them ("lawmakers said Friday" comes back as a noun). */
    static boolean isOnlyAVerb(String word) {
        return ONLY_VERBS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "told reporters", "asked the minister", "warned Congress": cues whose first noun phrase is the listener, not the words. */
    static boolean takesAListener(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.startsWith("told") || w.startsWith("tell") || w.startsWith("ask") || w.startsWith("warn");
    }

    private static Set<String> forms() {
        Set<String> forms = new HashSet<>(IRREGULAR);
        for (String verb : REGULAR) {
            forms.add(verb);
            forms.add(thirdPerson(verb));
            forms.add(past(verb));
            forms.add(participle(verb));
        }
        return Set.copyOf(forms);
    }

    /** "deny" → "denies", "downplay" → "downplays", "stress" → "stresses", "echo" → "echoes". */
    private static String thirdPerson(String verb) {
        if (endsInConsonantAndY(verb)) {
            return verb.substring(0, verb.length() - 1) + "ies";
        }
        return verb.endsWith("s") || verb.endsWith("sh") || verb.endsWith("o") ? verb + "es" : verb + "s";
    }

    /** "deny" → "denied", "note" → "noted", "agree" → "agreed", "admit" → "admitted". */
    private static String past(String verb) {
        if (endsInConsonantAndY(verb)) {
            return verb.substring(0, verb.length() - 1) + "ied";
        }
        if (verb.endsWith("e")) {
            return verb + "d";
        }
        return DOUBLING.contains(verb) ? verb + verb.charAt(verb.length() - 1) + "ed" : verb + "ed";
    }

    /** "note" → "noting", "agree" → "agreeing", "admit" → "admitting". */
    private static String participle(String verb) {
        if (verb.endsWith("e") && !verb.endsWith("ee")) {
            return verb.substring(0, verb.length() - 1) + "ing";
        }
        return DOUBLING.contains(verb) ? verb + verb.charAt(verb.length() - 1) + "ing" : verb + "ing";
    }

    private static boolean endsInConsonantAndY(String verb) {
        return verb.endsWith("y") && "aeiou".indexOf(verb.charAt(verb.length() - 2)) < 0;
    }
}
