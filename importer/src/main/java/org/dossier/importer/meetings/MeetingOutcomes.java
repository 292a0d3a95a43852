package org.dossier.importer.meetings;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dossier.importer.text.Dashes;
import org.dossier.importer.text.Sentence;
import org.dossier.importer.text.Token;
import org.dossier.importer.time.TimeExpression;
import org.dossier.importer.time.TimeExpressions;

/**
 * What came of a meeting, in the words of a sentence that speaks of it: "ended without a deal",
 * "reached a ceasefire agreement", "failed to agree on a joint statement", "agreed to meet again".
 * The outcome runs from its verb (with a negation before it: "did not produce a deal") to the end of
 * the verb's clause, less a closing time expression ("… on Tuesday"), which the meeting's date already tells.
 *
 * <p>Precision over recall: a verb counts only after the meeting's own word with no verb between,
 * so that the meeting is its likely subject ("the talks ended …", "a conference of forty
 * governments agreed …"; not "after talks in Moscow, the minister criticised the group that agreed
 * …"); a verb of result only with a result as its object ("reached a deal", not "reached Geneva");
 * and nothing counts that is hoped for or still ahead ("are expected to reach a deal", "if the talks
 * end without …").
 */
final class MeetingOutcomes {

    // Base forms too, for "did not end with …"; "will end with …" is ahead (below).
    private static final Set<String> ENDING_VERBS = Set.of("ended", "ends", "end", "concluded", "concludes", "conclude", "closed",
            "broke", "wrapped", "finished");
    // "ended with …", "broke up without …", "ended in deadlock"
    private static final Set<String> ENDING_LINKS = Set.of("with", "without", "in", "up");
    private static final Set<String> RESULT_VERBS = Set.of("reached", "reach", "struck", "strike", "produced", "produce", "yielded",
            "yield", "achieved", "achieve", "secured", "secure", "signed", "sign", "brought", "bring", "delivered", "deliver", "made",
            "make");
    // "failed to reach a deal", "failed to agree on …", "failed to break the deadlock"
    private static final Set<String> FAILED_RESULTS = Set.of("reach", "produce", "yield", "achieve", "secure", "agree", "make",
            "bring", "deliver", "find", "resolve", "bridge", "break", "narrow", "end", "settle");
    private static final Set<String> AGREEING = Set.of("agreed", "agree");
    private static final Set<String> AGREEMENT_LINKS = Set.of("to", "on", "upon", "that");
    private static final Set<String> RESULTS = Set.of("agreement", "agreements", "deal", "deals", "accord", "consensus",
            "breakthrough", "ceasefire", "cease-fire", "truce", "settlement", "compromise", "understanding", "deadlock",
            "stalemate", "impasse", "solution", "progress", "statement", "declaration", "communique", "communiqué", "roadmap",
            "framework", "pact", "treaty", "failure", "success", "acrimony", "disagreement", "decision", "decisions");
    private static final Set<String> NOT_YET = Set.of("will", "'ll", "would", "could", "can", "may", "might", "should", "shall",
            "must", "expected", "expect", "expects", "hope", "hopes", "hoped", "hoping", "aim", "aims", "aimed", "seek", "seeks",
            "sought", "want", "wants", "wanted", "likely", "unlikely", "if", "whether", "plan", "plans", "planned", "intend", "intends",
            "try", "tries", "trying", "attempt", "unless", "to");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");
    private static final Set<String> AUXILIARIES = Set.of("did", "does", "do", "have", "has", "had", "was", "were", "is", "are");
    // ", but …", ", which …", ", Kerry said": where the outcome's clause gives way to another.
    private static final Set<String> NEXT_CLAUSE = Set.of("but", "while", "although", "though", "whereas", "which", "who", "where",
            "said", "says", "according", "officials", "as", "and");
    private static final Set<String> TIME_PREPOSITIONS = Set.of("on", "in", "at", "during", "by", "late", "early", "last", "this");
    private static final int LONGEST = 22;
    private static final Set<String> DANGLING = Set.of("to", "of", "a", "an", "the", "and", "or", "with", "for", "on", "in", "at", "by",
            "from", "that", "its", "their", "his", "her");
    // "Talks in Geneva between (two titled names) ended": how far the outcome's verb may stand from the meeting's word.
    private static final int SUBJECT_REACH = 20;
    private static final int RESULT_REACH = 6;
    // "if the talks in Geneva ended …": how far back a word may make the outcome one not yet had.
    private static final int AHEAD_REACH = 6;

    /** The outcome's [start, end) in the cleaned text, if the sentence states one; {@code meetingWord} is where its meeting word is. */
    static Optional<int[]> in(Sentence sentence, int meetingWord, TimeExpressions times) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (isOutcomeVerb(tokens, i, meetingWord) && !isAhead(tokens, i)) {
                return clause(sentence, i, times);
            }
        }
        return Optional.empty();
    }

    private static boolean isOutcomeVerb(List<Token> tokens, int i, int meetingWord) {
        // Words first, tags last: the tags between are read only for a word that may tell an outcome.
        return i > meetingWord && i - meetingWord <= SUBJECT_REACH && tellsAnOutcome(tokens, i) && !hasAVerbBetween(tokens, meetingWord, i);
    }

    private static boolean tellsAnOutcome(List<Token> tokens, int i) {
        String word = tokens.get(i).lowerCase();
        if (ENDING_VERBS.contains(word)) {
            return endsWith(tokens, i + 1);
        }
        if (word.equals("failed") && i + 2 < tokens.size() && tokens.get(i + 1).lowerCase().equals("to")) {
            return FAILED_RESULTS.contains(tokens.get(i + 2).lowerCase());
        }
        if (AGREEING.contains(word)) {
            // "agreed to talks", "agreed to meet": another meeting agreed, not what came of this one.
            return i + 2 < tokens.size() && AGREEMENT_LINKS.contains(tokens.get(i + 1).lowerCase())
                    && !MeetingFinder.isMeetingWord(tokens.get(i + 2));
        }
        return RESULT_VERBS.contains(word) && hasAResult(tokens, i + 1);
    }

    /**
     * "After talks in Moscow, the minister criticised the group that agreed …": a verb between the
     * meeting's word and the outcome's makes another subject. (The outcome verb's own tag is not read: the
     * tagger reads "ended" after a long name as often as not as a participle.)
     */
    private static boolean hasAVerbBetween(List<Token> tokens, int meetingWord, int verb) {
        for (int k = meetingWord + 1; k < verb; k++) {
            if (tokens.get(k).is("VERB")) {
                return true;
            }
        }
        return false;
    }

    /** "with …", "without …", "up without …"; "in" only before a result ("ended in deadlock", not "ended in Geneva"). */
    private static boolean endsWith(List<Token> tokens, int link) {
        if (link >= tokens.size() || !ENDING_LINKS.contains(tokens.get(link).lowerCase())) {
            return false;
        }
        String linkWord = tokens.get(link).lowerCase();
        if (linkWord.equals("up")) {
            return endsWith(tokens, link + 1) || link + 1 == tokens.size() || tokens.get(link + 1).isOneOf(".,;");
        }
        return !linkWord.equals("in") || hasAResult(tokens, link + 1);
    }

    private static boolean hasAResult(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size() && k < from + RESULT_REACH && !isClauseEnd(tokens, k); k++) {
            if (RESULTS.contains(tokens.get(k).lowerCase())) {
                return true;
            }
        }
        return false;
    }

    /** "are expected to reach", "will end", "hoped to agree": a result not yet had. */
    private static boolean isAhead(List<Token> tokens, int verb) {
        for (int k = verb - 1; k >= 0 && k >= verb - AHEAD_REACH && !isClauseEnd(tokens, k); k--) {
            String word = tokens.get(k).lowerCase();
            // "failed to agree": the failure is had, whatever "to" says.
            if (NOT_YET.contains(word) && !(word.equals("to") && k > 0 && tokens.get(k - 1).lowerCase().equals("failed"))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<int[]> clause(Sentence sentence, int verb, TimeExpressions times) {
        List<Token> tokens = sentence.tokens();
        int end = withoutAClosingTime(tokens, verb, lastWordOfTheClause(sentence, verb), times);
        if (end <= tokens.get(verb).end()) {
            return Optional.empty();
        }
        return Optional.of(new int[] {tokens.get(withItsNegation(tokens, verb)).start(), end});
    }

    /** "did not produce a deal": the outcome begins at the negation (and its auxiliary) before the verb, if there is one. */
    private static int withItsNegation(List<Token> tokens, int verb) {
        int first = verb;
        while (first > 0 && (NEGATIONS.contains(tokens.get(first - 1).lowerCase())
                || AUXILIARIES.contains(tokens.get(first - 1).lowerCase()))) {
            first--;
        }
        return hasANegation(tokens, first, verb) ? first : verb;
    }

    private static int lastWordOfTheClause(Sentence sentence, int verb) {
        List<Token> tokens = sentence.tokens();
        int last = verb;
        while (last + 1 < tokens.size() && last + 1 - verb < LONGEST && !isClauseEnd(tokens, last + 1)
                && !isALineApart(sentence, tokens.get(last), tokens.get(last + 1))) {
            last++;
        }
        // Cut short by its length, the outcome ends on a word that ends a phrase: "… a resolution", not "… a resolution to".
        boolean cutShort = last + 1 - verb == LONGEST;
        while (cutShort && last > verb && DANGLING.contains(tokens.get(last).lowerCase())) {
            last--;
        }
        return last;
    }

    private static boolean hasANegation(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (NEGATIONS.contains(tokens.get(k).lowerCase())) {
                return true;
            }
        }
        return false;
    }

    /** A headline or a list item run into the sentence: the sentence splitter keeps lines together that no full stop ends. */
    private static boolean isALineApart(Sentence sentence, Token before, Token after) {
        return sentence.text().substring(before.end() - sentence.start(), after.start() - sentence.start()).indexOf('\n') >= 0;
    }

    private static boolean isClauseEnd(List<Token> tokens, int k) {
        Token token = tokens.get(k);
        // A full stop inside the sentence is an abbreviation's ("a U.N. resolution"): the sentence ends at its last.
        if (token.isOneOf(";:!?()\"“”") || token.isOneOf(".") && k == tokens.size() - 1 || Dashes.isDash(tokens, k)) {
            return true;
        }
        return token.isOneOf(",") && k + 1 < tokens.size()
                && (NEXT_CLAUSE.contains(tokens.get(k + 1).lowerCase()) || tokens.get(k + 1).isCapitalised());
    }

    /** The end of the outcome's last word, before a time expression that closes it, with that expression's preposition. */
    private static int withoutAClosingTime(List<Token> tokens, int verb, int last, TimeExpressions times) {
        int end = tokens.get(last).end();
        while (last > verb && tokens.get(last).isOneOf(",")) {
            last--;
            end = tokens.get(last).end();
        }
        for (TimeExpression time : times.within(tokens.get(verb).end(), end)) {
            if (time.end() == end) {
                int k = last;
                while (k > verb && tokens.get(k).start() >= time.start()) {
                    k--;
                }
                if (k > verb && TIME_PREPOSITIONS.contains(tokens.get(k).lowerCase())) {
                    k--;
                }
                return tokens.get(k).end();
            }
        }
        return end;
    }
}
