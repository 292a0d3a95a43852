package org.dossier.importer.quotes;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.importer.text.Abbreviations;
import org.dossier.importer.text.Dashes;
import org.dossier.importer.text.Token;

/**
 * The speaker of a cue: the noun phrase that is its subject ("the Russian foreign minister said",
 * with auxiliaries, adverbs, a day or an aside allowed between) or that follows it ("said Kerry").
 * Spans are character offsets [start, end) of the cleaned text, as written; resolving them to
 * actors is the actors stage's work.
 */
final class Speakers {

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i", "it", "you");
    private static final Set<String> SKIPPABLE_BEFORE_CUE = Set.of("has", "have", "had", "also", "then", "later", "earlier",
            "reportedly", "repeatedly", "previously", "again", "once", "would", "will", "did", "does", "is", "was", "were", "are",
            "been", "not", "n't", "recently", "often", "frequently", "publicly", "privately", "simply", "flatly");

    private Speakers() {
    }

    /** The subject noun phrase that ends right before the cue (auxiliaries and adverbs between are allowed). */
    static Optional<int[]> before(List<Token> tokens, int cue, int floor) {
        int end = beforeCatenative(tokens, cue - 1, floor);
        // "Clinton now says", "Cruz has long said": any adverb. "Okafor could not say", "she didn't say": any auxiliary
        // before a verb of speech; before the others it makes them other verbs as often ("BP could continue the test").
        boolean speech = cue < tokens.size()
                && (ReportingVerbs.isPlainSaying(tokens.get(cue).text()) || ReportingVerbs.isSpeechVerb(tokens.get(cue).text()));
        while (end >= floor && (SKIPPABLE_BEFORE_CUE.contains(tokens.get(end).lowerCase()) || isAdverbBeforeCue(tokens.get(end))
                || speech && isAuxiliary(tokens.get(end)) || floatsAfterItsNoun(tokens, end, floor))) {
            if (BE.contains(tokens.get(end).lowerCase()) && cue < tokens.size() && isParticipleOfSaying(tokens.get(cue))) {
                // "The new models are said to be faster", "he was told that …": the subject of a passive is spoken of or to.
                return Optional.empty();
            }
            end--;
        }
        int beforeTime = beforeTimeAdverbial(tokens, end, floor, speech);
        if (beforeTime < end && beforeTime - 1 >= floor && isPastParticiple(tokens.get(beforeTime))
                && isNominal(tokens.get(beforeTime - 1))) {
            // "A report released Monday says", "a poll published last week found": the participle and its time describe the noun.
            beforeTime--;
        }
        while (beforeTime < end && beforeTime >= floor && isAdverbBeforeCue(tokens.get(beforeTime))) {
            // "The ferry company just this week announced": an adverb before the time too.
            beforeTime--;
        }
        end = beforeTime;
        end = beforeAside(tokens, end, floor);
        int reduced = beforeReducedRelative(tokens, end, floor);
        if (reduced < end && INDEFINITE_PRONOUNS.contains(lower(tokens.get(reduced)))) {
            // "Everyone I spoke to said": the pronoun the clause describes speaks.
            return Optional.of(new int[] {tokens.get(reduced).start(), tokens.get(reduced).end()});
        }
        end = reduced;
        if (end < floor) {
            return Optional.empty();
        }
        Token last = tokens.get(end);
        Matcher contracted = CONTRACTED_SUBJECT.matcher(last.text());
        if (contracted.matches()) {
            // "She's said", "they've said": the tokenizer keeps pronoun and auxiliary one token; the speaker is the pronoun.
            return Optional.of(new int[] {last.start(), last.start() + contracted.end(1)});
        }
        int quantified = quantifiedRelative(tokens, end, floor);
        if (quantified >= 0) {
            // "the families of the miners, many of whom say …": the many are the families.
            return antecedent(tokens, quantified, floor);
        }
        if (RELATIVE_PRONOUNS.contains(last.lowerCase()) && end > floor) {
            // "a staffer at the State Department who told …": the speaker is the one "who" stands for, phrases and all.
            return antecedent(tokens, end, floor);
        }
        int share = shareOfThoseAsked(tokens, end, floor);
        if (share >= 0) {
            // "Two in three said", "nearly nine out of 10 say", "those surveyed say", "another says": the share speaks for them.
            int start = share - 1 >= floor && tokens.get(share - 1).is("ADV") ? share - 1 : share;
            return Optional.of(new int[] {tokens.get(start).start(), last.end()});
        }
        if (last.is("PRON")) {
            int head = headBeforePostmodifier(tokens, end, floor);
            if (head >= 0) {
                return Optional.of(new int[] {tokens.get(head).start(), last.end()});
            }
            return SUBJECT_PRONOUNS.contains(last.lowerCase())
                    ? Optional.of(new int[] {last.start(), last.end()}) : Optional.empty();
        }
        // "the official said": an adjective as the head only before a verb of saying; before other cues it is as often
        // a participle's modifier ("the total estimated amount").
        if (!(isNominal(last) || speech && endsANounPhrase(tokens, end))) {
            return Optional.empty();
        }
        int start = end;
        while (start - 1 >= floor) {
            if (closesAnInitialOrATitle(tokens, start - 1) && start - 2 >= floor) {
                start -= 2;
            } else if (isInsideNounPhrase(tokens, start - 1) || isOfBetweenNouns(tokens, start - 1)) {
                start--;
            } else {
                break;
            }
        }
        int head = headBeforePostmodifier(tokens, start, floor);
        if (head < 0) {
            head = headBeforePlace(tokens, start, end, floor);
        }
        return Optional.of(new int[] {tokens.get(head >= 0 ? head : start).start(), last.end()});
    }

    // Prepositions of place after the noun that speaks: "a woman in the crowd", "doctors at the hospital".
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "among", "inside", "outside");

    /**
     * "A woman in the crowd shouted", "doctors at the hospital said": where a common noun opens a
     * phrase ending in a place named by common nouns too, the noun speaks, not the place; a place
     * with a name may stand for its government or body ("officials in Washington said"), so it stays.
     */
    private static int headBeforePlace(List<Token> tokens, int phraseStart, int phraseEnd, int floor) {
        if (phraseStart - 2 < floor || !PLACE_PREPOSITIONS.contains(tokens.get(phraseStart - 1).lowerCase())
                || !tokens.get(phraseStart - 2).is("NOUN")) {
            return -1;
        }
        for (int i = phraseStart; i <= phraseEnd; i++) {
            if (tokens.get(i).isCapitalised() || tokens.get(i).is("PROPN")) {
                return -1;
            }
        }
        return openingOfNounPhrase(tokens, phraseStart - 2, floor);
    }

    /** The noun phrase a relative clause opening at {@code relative} stands for, with the phrases attached to it. */
    private static Optional<int[]> antecedent(List<Token> tokens, int relative, int floor) {
        // "the families, who …", "the audit -- which …": the mark that sets the clause off is not part of the phrase.
        boolean setOff = tokens.get(relative - 1).text().equals(",") || Dashes.isDash(tokens, relative - 1);
        return before(tokens, relative + (setOff ? -1 : 0), floor)
                .map(phrase -> new int[] {tokens.get(withAttachedPhrases(tokens, firstTokenAfter(tokens, phrase[0]))).start(), phrase[1]});
    }

    // Adjectives that take a phrase after their noun: "people familiar with the talks", "those close to him".
    private static final Set<String> POSTMODIFYING_ADJECTIVES = Set.of("familiar", "close", "loyal", "opposed", "sympathetic",
            "allied", "linked", "connected", "briefed", "near", "friendly", "hostile");

    /**
     * Where the phrase opens whose head an adjective and its phrase ending at {@code phraseStart}
     * describe, or -1: in "people familiar with the talks said" the people speak, not the talks.
     */
    private static int headBeforePostmodifier(List<Token> tokens, int phraseStart, int floor) {
        int adjective = phraseStart - 2;
        if (adjective - 1 < floor || !tokens.get(phraseStart - 1).is("ADP")
                || !POSTMODIFYING_ADJECTIVES.contains(tokens.get(adjective).lowerCase())) {
            return -1;
        }
        Token head = tokens.get(adjective - 1);
        if (!isNominal(head) && !head.lowerCase().equals("those")) {
            return -1;
        }
        return openingOfNounPhrase(tokens, adjective - 1, floor);
    }

    private static final Set<String> RELATIVE_QUANTIFIERS = Set.of("many", "some", "most", "all", "several", "few", "both", "each",
            "none", "one");

    /** Where "many of whom" opens when it ends at {@code end}, or -1. */
    private static int quantifiedRelative(List<Token> tokens, int end, int floor) {
        if (end - 2 <= floor || !tokens.get(end).lowerCase().equals("whom") || !tokens.get(end - 1).lowerCase().equals("of")) {
            return -1;
        }
        Token quantity = tokens.get(end - 2);
        return RELATIVE_QUANTIFIERS.contains(quantity.lowerCase()) || quantity.is("NUM") ? end - 2 : -1;
    }

    private static final Set<String> FLOATING_QUANTIFIERS = Set.of("both", "all", "each");

    /**
     * "Clinton and Sanders both argued", "the senators all said", "Mensah (D-Accra) and Boateng
     * (D-Kumasi) both argued": the quantifier stands after the subject it counts.
     */
    private static boolean floatsAfterItsNoun(List<Token> tokens, int i, int floor) {
        return FLOATING_QUANTIFIERS.contains(tokens.get(i).lowerCase()) && i - 1 >= floor
                && (isNominal(tokens.get(i - 1)) || tokens.get(i - 1).text().equals(")"));
    }

    private static final Set<String> SEEMING_OR_GOING_ON = Set.of("appeared", "appears", "appear", "seemed", "seems", "seem",
            "continued", "continues", "continue");

    /**
     * "she appeared to suggest that …", "Okafor continues to insist": a verb of seeming or going on,
     * and "to", stand between the speaker and the cue; the index before them is returned, or {@code end}
     * when none does.
     */
    private static int beforeCatenative(List<Token> tokens, int end, int floor) {
        return end - 1 >= floor && tokens.get(end).lowerCase().equals("to")
                && SEEMING_OR_GOING_ON.contains(tokens.get(end - 1).lowerCase()) ? end - 2 : end;
    }

    private static final Set<String> QUANTIFIED_GROUPS = Set.of("them", "us", "you", "those");
    private static final Set<String> QUANTIFIERS = Set.of("another", "others", "some", "many", "most", "several");
    private static final Set<String> ASKED = Set.of("surveyed", "polled", "asked", "questioned", "interviewed", "sampled");

    /**
     * Where a share of people ending at {@code end} opens, or -1: "two in three", "nine out of 10",
     * "47%", "all five", "those surveyed", "another". Polls and reporting on many voices speak
     * through such phrases, which end in no noun.
     */
    private static int shareOfThoseAsked(List<Token> tokens, int end, int floor) {
        Token last = tokens.get(end);
        if (last.is("NUM") && end - 2 >= floor && tokens.get(end - 2).is("NUM")
                && (lower(tokens.get(end - 1)).equals("in") || lower(tokens.get(end - 1)).equals("of"))) {
            return end - 2;
        }
        if (last.is("NUM") && end - 3 >= floor && tokens.get(end - 3).is("NUM") && lower(tokens.get(end - 2)).equals("out")
                && lower(tokens.get(end - 1)).equals("of")) {
            return end - 3;
        }
        if (last.text().equals("%") && end - 1 >= floor && tokens.get(end - 1).is("NUM")
                || last.is("NUM") && end - 1 >= floor && tokens.get(end - 1).is("DET")
                || ASKED.contains(lower(last)) && end - 1 >= floor && lower(tokens.get(end - 1)).equals("those")) {
            return end - 1;
        }
        if (QUANTIFIED_GROUPS.contains(lower(last)) && end - 2 >= floor && lower(tokens.get(end - 1)).equals("of")) {
            // "most of them said", "two of those polled say".
            Token quantity = tokens.get(end - 2);
            if (RELATIVE_QUANTIFIERS.contains(lower(quantity)) || QUANTIFIERS.contains(lower(quantity)) || quantity.is("NUM")) {
                return end - 2;
            }
        }
        // "Others say", "…, while another says": a quantifier alone speaks only at the head of a clause ("as many say" does not).
        boolean headOfClause = end == 0 || tokens.get(end - 1).isOneOf(",;:") || tokens.get(end - 1).is("CCONJ")
                || tokens.get(end - 1).is("SCONJ");
        return QUANTIFIERS.contains(lower(last)) && headOfClause ? end : -1;
    }

    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");
    private static final Set<String> SAYING_PARTICIPLES = Set.of("said", "told", "written", "thought", "known", "held", "found",
            "shown", "felt", "heard", "sworn", "believed", "reported", "alleged", "estimated", "feared", "expected");

    /** "said", "told", "thought": a participle whose passive subject is spoken of or to, never the one who spoke. */
    private static boolean isParticipleOfSaying(Token cue) {
        return SAYING_PARTICIPLES.contains(cue.lowerCase());
    }

    private static final Pattern CONTRACTED_SUBJECT = Pattern.compile("(?i)(he|she|they|we|i|you)'(?:s|ve|d|ll|re|m)");

    /** "could", "didn't", "won't": the tagger tags a contracted negation with its auxiliary ("AUX+PART"). */
    private static boolean isAuxiliary(Token token) {
        return token.pos().startsWith("AUX");
    }

    private static boolean isAdverbBeforeCue(Token token) {
        return token.is("ADV") && !token.isCapitalised();
    }

    private static final Set<String> DAY_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "yesterday", "today", "tonight");
    private static final Set<String> PERIOD_WORDS = Set.of("week", "weekend", "month", "year", "morning", "afternoon", "evening", "night");
    private static final Set<String> TIME_LEADS = Set.of("on", "last", "this", "next", "earlier", "later", "early", "late");

    /** A day's name or a period word ("Monday", "afternoon"), which may close a phrase of circumstance. */
    static boolean isTimeWord(Token token) {
        return DAY_WORDS.contains(token.lowerCase()) || PERIOD_WORDS.contains(token.lowerCase());
    }

    private static final Set<String> YEAR_LEADS = Set.of("in", "since", "during");

    /**
     * "who in 2012 said", "officials in 2015 said": a year between a speaker and a verb of saying. Before
     * other cues, and after a common noun, the year more often ends a phrase of its own ("after the
     * flood in 2005 revealed"); there it is passed over only after a name or a pronoun.
     */
    private static boolean startsAClauseBeforeAYear(Token token) {
        return RELATIVE_PRONOUNS.contains(lower(token)) || SUBJECT_PRONOUNS.contains(lower(token)) || token.is("PROPN");
    }

    private static boolean isYear(Token token) {
        String text = token.text();
        return text.length() == 4 && (text.startsWith("19") || text.startsWith("20")) && Character.isDigit(text.charAt(2))
                && Character.isDigit(text.charAt(3));
    }

    /** "Friday", "last week", "on Monday": a time adverbial opens at token {@code i}. */
    static boolean opensATimeAdverbial(List<Token> tokens, int i) {
        return i < tokens.size() && (isTimeWord(tokens.get(i))
                || TIME_LEADS.contains(lower(tokens.get(i))) && i + 1 < tokens.size() && isTimeWord(tokens.get(i + 1)));
    }

    /**
     * "Trump on Saturday urged …", "The minister last week told …": a time adverbial between subject
     * and cue is passed over, so that the speaker is the subject, not the day. Only a day's name or a
     * period led by "on", "last", "this", … counts, so "the year" never hides a subject.
     */
    private static int beforeTimeAdverbial(List<Token> tokens, int end, int floor, boolean speech) {
        if (end - 2 >= floor && isYear(tokens.get(end)) && YEAR_LEADS.contains(lower(tokens.get(end - 1)))
                && (speech || startsAClauseBeforeAYear(tokens.get(end - 2)))) {
            return end - 2;
        }
        int i = end;
        boolean day = false;
        while (i >= floor && isTimeWord(tokens.get(i))) {
            day |= DAY_WORDS.contains(lower(tokens.get(i)));
            i--;
        }
        if (i == end) {
            return end;
        }
        boolean led = i >= floor && TIME_LEADS.contains(lower(tokens.get(i)));
        if (led) {
            i--;
        }
        return day || led ? i : end;
    }

    private static final int LONGEST_ASIDE = 24;
    private static final int LONGEST_RELATIVE_ASIDE = 40;
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "whose", "whom");
    // In an aside, "that" opens a relative clause too: "-- the company that owns the channel --".
    private static final Set<String> ASIDE_RELATIVES = Set.of("who", "which", "whose", "whom", "that");

    /**
     * "Rep. Jason Chaffetz (R-Utah) said", "Dianne Feinstein, Democrat of California, said", "Schiff,
     * 56, who has served on the committee, told", "Trump, speaking to veterans, said", "Kall -- co-editor
     * of a book -- said": bracketed, dashed or comma-set asides about the subject, ending right before
     * the cue, are passed over to reach the subject. An aside with a finite verb is a clause, not an
     * aside, unless the verb is in a relative clause ("who has served …").
     */
    private static int beforeAside(List<Token> tokens, int end, int floor) {
        int at = end;
        for (int asides = 0; asides < 3; asides++) {
            int opening = asideOpening(tokens, at, floor);
            if (opening < 0 || opening - 1 < floor) {
                return at;
            }
            Token before = tokens.get(opening - 1);
            if (before.text().equals(")")) {
                at = opening - 1;
            } else if (tokens.get(opening).text().equals(",") && !endsANounPhrase(tokens, opening - 1) && !before.is("PRON")) {
                // "Okafor, 56, who …,": the comma that opened this aside closed the one before it.
                at = opening;
            } else if (tokens.get(opening).text().equals(",") && !tokens.get(opening + 1).isCapitalised()
                    && closesAnAppositiveOfAName(tokens, opening, floor)) {
                // "Lopez, the mayor of Springfield, a town of millers, said": the noun phrase before this
                // aside is an aside too.
                at = opening;
            } else {
                return opening - 1;
            }
        }
        return end;
    }

    private static final Set<String> STRANDED_PREPOSITIONS = Set.of("to", "with");
    private static final Set<String> IRREGULAR_PASTS_OF_CONTACT = Set.of("spoke", "met", "saw", "heard", "knew", "told");

    /** "interviewed", "spoke", "met": a past tense, not "have" or "can", for a clause that says who the speakers are. */
    private static boolean isPastOfAVerbOfContact(Token token) {
        return token.is("VERB") && (token.lowerCase().endsWith("ed") || IRREGULAR_PASTS_OF_CONTACT.contains(token.lowerCase()));
    }

    private static final Set<String> INDEFINITE_PRONOUNS = Set.of("everyone", "everybody", "someone", "somebody", "anyone",
            "anybody", "nobody", "those");

    /**
     * "All the engineers we asked said", "the people we spoke to say": a relative clause without
     * its pronoun, a subject and a verb (and a preposition left at its end), describes the noun
     * before it; the end of that noun is returned, or {@code end} when no such clause ends there.
     */
    private static int beforeReducedRelative(List<Token> tokens, int end, int floor) {
        int verb = end >= floor && STRANDED_PREPOSITIONS.contains(lower(tokens.get(end))) ? end - 1 : end;
        if (verb - 2 < floor || !isSubjectPronoun(tokens.get(verb - 1)) || !isPastOfAVerbOfContact(tokens.get(verb))
                || !tokens.get(verb - 2).is("NOUN") && !INDEFINITE_PRONOUNS.contains(lower(tokens.get(verb - 2)))) {
            return end;
        }
        return verb - 2;
    }

    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    /** The comma at {@code comma} closes ", the mayor of Springfield," set off after a name. */
    private static boolean closesAnAppositiveOfAName(List<Token> tokens, int comma, int floor) {
        int opening = asideOpening(tokens, comma, floor);
        return opening - 1 >= floor && tokens.get(opening).text().equals(",") && ARTICLES.contains(lower(tokens.get(opening + 1)))
                && tokens.get(opening - 1).isCapitalised() && tokens.get(opening - 1).is("PROPN") && !isTimeWord(tokens.get(opening - 1));
    }

    private static final Set<String> REDUCED_CLAUSE_OPENERS = Set.of("when", "if", "while", "though", "although", "once", "unless",
            "until", "before", "after", "as");

    /** Where the bracketed, comma-set or dashed aside that ends at {@code end} opens, or -1 when none ends there. */
    private static int asideOpening(List<Token> tokens, int end, int floor) {
        if (end < floor) {
            return -1;
        }
        String closing = tokens.get(end).text();
        boolean bracket = closing.equals(")");
        boolean dash = Dashes.isDash(tokens, end);
        if (!bracket && !dash && !closing.equals(",")) {
            return -1;
        }
        // "Trump, speaking to veterans in Virginia, said", "The report, published by the ministry, shows": a participle
        // describes the subject; a finite verb makes a clause, unless a relative pronoun opens it ("a former envoy who led
        // the talks"). Read backwards, the verb that opens the aside is seen last.
        int verbs = 0;
        int firstVerb = -1;
        for (int i = end - 1; i > floor && i >= end - LONGEST_RELATIVE_ASIDE; i--) {
            Token token = tokens.get(i);
            if (bracket ? token.text().equals("(") : dash ? Dashes.isDash(tokens, i) : token.text().equals(closing)) {
                // "Okafor, wearing a shirt covered in badges, said": after a participle opening the aside, verbs are its own.
                boolean participle = isVerb(tokens.get(i + 1)) && tokens.get(i + 1).lowerCase().endsWith("ing");
                // "Okafor's office, when contacted by reporters, said": a conjunction and a participle, a clause without subject.
                boolean reduced = verbs == 1 && firstVerb == i + 2 && REDUCED_CLAUSE_OPENERS.contains(lower(tokens.get(i + 1)));
                boolean clause = !participle && !reduced && (verbs > 1 || verbs == 1 && firstVerb != i + 1);
                // A long aside only as a relative clause: "Wilcox, whose studies were paid for by the army because …, said".
                boolean tooLong = end - i > LONGEST_ASIDE && !RELATIVE_PRONOUNS.contains(lower(tokens.get(i + 1)));
                // Brackets hold anything: "Li Wei (a diplomat so young he has been taken for an intern) says".
                return clause && !bracket || tooLong ? -1 : i;
            }
            if (token.text().equals("\"")) {
                return -1;
            }
            if (ASIDE_RELATIVES.contains(lower(token))) {
                verbs = 0;
            } else if (isVerb(token) && !token.lowerCase().endsWith("ing") && !Dashes.isJoiningHyphen(tokens, i - 1)) {
                // ("self-described", "so-called": a participle joined by a hyphen is part of an adjective.)
                verbs++;
                firstVerb = i;
            }
        }
        return -1;
    }

    private static String lower(Token token) {
        return token.lowerCase();
    }

    /** The first token starting at or after {@code offset}, or the number of tokens when none does. */
    static int firstTokenAfter(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= offset) {
                return i;
            }
        }
        return tokens.size();
    }

    private static final Set<String> ATTACHING_PREPOSITIONS = Set.of("of", "for", "in", "at", "from", "with", "to");

    /**
     * Where a speaker phrase opens when the prepositional phrases that end it belong to it:
     * "attorneys for the family", "one GOP source in the room". The subject alone reads as the head
     * noun of the last phrase ("the family").
     */
    static int withAttachedPhrases(List<Token> tokens, int start) {
        int at = start;
        while (at >= 2 && ATTACHING_PREPOSITIONS.contains(tokens.get(at - 1).lowerCase()) && isNominal(tokens.get(at - 2))) {
            at = openingOfNounPhrase(tokens, at - 2, 0);
        }
        return at;
    }

    private static final int LONGEST_QUOTED_AS = 12;

    private static final Set<String> QUOTING = Set.of("quoted", "quotes", "quoting");

    /**
     * "RIA quoted Lavrov as saying …": the speaker of "as saying" is the one quoted, the noun phrase
     * after "quoted", not the agency that quotes him.
     */
    static Optional<int[]> quotedAsSaying(List<Token> tokens, int cue) {
        if (cue < 3 || !tokens.get(cue).lowerCase().equals("saying") || !tokens.get(cue - 1).lowerCase().equals("as")) {
            return Optional.empty();
        }
        for (int i = cue - 2; i >= 0 && i >= cue - LONGEST_QUOTED_AS; i--) {
            if (QUOTING.contains(tokens.get(i).lowerCase())) {
                Optional<int[]> quoted = after(tokens, i);
                return quoted.filter(q -> q[1] <= tokens.get(cue - 1).start());
            }
        }
        return Optional.empty();
    }

    static boolean isFormOfBe(Token token) {
        return BE.contains(token.lowerCase());
    }

    private static boolean isPastParticiple(Token token) {
        String word = token.text();
        return token.is("VERB") && (word.endsWith("ed") || word.endsWith("en") || word.endsWith("wn")) && !token.isCapitalised();
    }

    /** "who", "which": the cue after it is in a relative clause. */
    static boolean isRelativePronoun(Token token) {
        return RELATIVE_PRONOUNS.contains(token.lowerCase());
    }

    /** "he", "they", "she's": a pronoun that can only be a subject, so a clause begins with it. */
    static boolean isSubjectPronoun(Token token) {
        return SUBJECT_PRONOUNS.contains(token.lowerCase()) || CONTRACTED_SUBJECT.matcher(token.text()).matches();
    }

    /** {@code said Kerry}, {@code said the envoy}: the noun phrase right after the cue. */
    static Optional<int[]> after(List<Token> tokens, int cue) {
        int end = nounPhraseEnd(tokens, cue + 1);
        if (end == cue + 1) {
            if (cue + 1 < tokens.size() && SUBJECT_PRONOUNS.contains(tokens.get(cue + 1).lowerCase())) {
                return Optional.of(new int[] {tokens.get(cue + 1).start(), tokens.get(cue + 1).end()});
            }
            return Optional.empty();
        }
        return Optional.of(new int[] {tokens.get(cue + 1).start(), tokens.get(end - 1).end()});
    }

    static int nounPhraseEnd(List<Token> tokens, int from) {
        int i = from;
        while (i < tokens.size() && (isInsideNounPhrase(tokens, i) || isOfBetweenNouns(tokens, i))) {
            // "told reporters the truce…": an article after a noun starts the next phrase.
            if (i > from && tokens.get(i).is("DET") && isNominal(tokens.get(i - 1))) {
                break;
            }
            i++;
        }
        // A phrase ends on a noun, not on "the" or an adjective.
        while (i > from && !isNominal(tokens.get(i - 1))) {
            i--;
        }
        return i;
    }

    // "His aides said", "their lawyer told": a possessive opens the speaker's phrase.
    private static final Set<String> POSSESSIVE_DETERMINERS = Set.of("his", "her", "its", "their", "our", "my", "your");

    /** Where the noun phrase whose head is at {@code head} opens: back over its determiners, modifiers and nouns. */
    private static int openingOfNounPhrase(List<Token> tokens, int head, int floor) {
        int start = head;
        while (start - 1 >= floor && isInsideNounPhrase(tokens, start - 1)) {
            start--;
        }
        return start;
    }

    // A hyphen joins the words of a phrase ("cross-border trade"); a dash ("the price - Lopez") parts two.
    private static boolean isInsideNounPhrase(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        return isNominal(token) || token.is("DET") || token.is("ADJ") || token.is("NUM")
                || POSSESSIVE_DETERMINERS.contains(token.lowerCase()) || (token.is("PART") && token.text().equals("'s"))
                || token.isPossessive() || token.text().equals("-") && !Dashes.isDash(tokens, i);
    }

    /**
     * "A Republican hopeful, Amara Okafor, says", "the official said": the tagger reads the head of a noun
     * phrase as an adjective when the word is one too ("hopeful", "Republican"); after an article, a
     * number, a noun or another modifier it is the phrase's head all the same.
     */
    private static boolean endsANounPhrase(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (isNominal(token)) {
            return true;
        }
        if (i > 0 && token.is("VERB") && token.lowerCase().endsWith("ing")
                && (tokens.get(i - 1).isPossessive() || POSSESSIVE_DETERMINERS.contains(tokens.get(i - 1).lowerCase()))) {
            // "a source familiar with Mensah's thinking said": after a possessive an -ing form is a noun.
            return true;
        }
        if (!token.is("ADJ") || i == 0) {
            return false;
        }
        Token before = tokens.get(i - 1);
        // "a senior administration official said": a noun before it modifies it too.
        return before.is("DET") || before.is("NUM") || before.is("ADJ") || before.is("NOUN") || before.is("PROPN")
                || POSSESSIVE_DETERMINERS.contains(before.lowerCase());
    }

    static boolean isNominal(Token token) {
        return token.is("PROPN") || token.is("NOUN") || looksLikeAMistaggedName(token) || GENERATIONS.contains(token.text());
    }

    // "Vann R. Newkirk II", "Martin Luther King Jr.": a name may end in its generation, which the tagger reads as a number.
    private static final Set<String> GENERATIONS = Set.of("Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV");

    private static final Set<String> CAPITALISED_FUNCTION_WORDS = Set.of("in", "on", "at", "for", "from", "with", "by", "after",
            "before", "during", "since", "until", "about", "despite", "under", "over", "into", "through", "but", "and", "yet",
            "though", "although", "while", "when", "if", "as", "because", "so", "then", "there", "here", "well", "yes", "no", "oh", "nor",
            "plus", "either", "neither", "both");

    /** The tagger knows few foreign names: "Okafor told…" comes back as a preposition. A capitalised word that is no function word is a name. */
    private static boolean looksLikeAMistaggedName(Token token) {
        return (token.is("ADP") || token.is("X") || token.is("INTJ") || token.is("ADJ") || token.is("ADV") || token.is("CCONJ"))
                && token.isCapitalised()
                && token.text().length() > 2 && !CAPITALISED_FUNCTION_WORDS.contains(token.lowerCase());
    }

    /** "Vann R. Newkirk", "Sen. Maria Lopez": the token at {@code i} is the full stop of an initial or a title's abbreviation. */
    private static boolean closesAnInitialOrATitle(List<Token> tokens, int i) {
        return i >= 1 && (Abbreviations.isInitialAt(tokens, i - 1) || Abbreviations.isTitleAt(tokens, i - 1));
    }

    /** "Secretary of State": "of" between two nouns stays in the phrase. */
    private static boolean isOfBetweenNouns(List<Token> tokens, int i) {
        return tokens.get(i).text().equals("of") && i > 0 && i + 1 < tokens.size()
                && isNominal(tokens.get(i - 1)) && tokens.get(i + 1).is("PROPN");
    }

    static boolean isVerb(Token token) {
        return token.is("VERB") || token.is("AUX");
    }

    /**
     * A cue word used as a verb: "said" and "told" are nothing else, whatever the tagger makes of
     * "lawmakers said Friday"; a word followed by "that" opening a clause ("a new poll shows that …")
     * is a verb too.
     */
    static boolean isCueVerb(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        return ReportingVerbs.isOnlyAVerb(token.text()) || isVerb(token) || introducesThatClause(tokens, i)
                || isFollowedByAThatReadAsAPronoun(tokens, i) || standsBetweenANameAndAClause(tokens, i) || isAGerundAfterALead(tokens, i);
    }

    // "…, while chanting “Hands up”", "…, before adding that …", "pitched himself by telling them …".
    private static final Set<String> PARTICIPLE_LEADS = Set.of("while", "after", "before", "by", "when");

    /** "while", "after", "by": a word that may lead a participle's clause. */
    static boolean leadsAParticiple(Token token) {
        return PARTICIPLE_LEADS.contains(token.lowerCase());
    }

    /** "He began by emphasizing rural roads": an -ing form after "by", "while", … is a verb, whatever the tagger says. */
    private static boolean isAGerundAfterALead(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i).lowerCase().endsWith("ing") && leadsAParticiple(tokens.get(i - 1));
    }

    /**
     * "Lopez notes they were hired long ago": an -s form the tagger reads as a plural noun is a
     * verb between a name and a subject pronoun, since no noun phrase runs on from a name into "they".
     */
    private static boolean standsBetweenANameAndAClause(List<Token> tokens, int i) {
        return i > 0 && i + 1 < tokens.size() && tokens.get(i).lowerCase().endsWith("s") && isSubjectPronoun(tokens.get(i + 1))
                && tokens.get(i - 1).isCapitalised() && isNominal(tokens.get(i - 1));
    }

    /** "X found that …", "X ruled that …": the word at {@code i} takes a that-clause, so it is a verb reporting a claim. */
    static boolean introducesThatClause(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i + 1).lowerCase().equals("that") && tokens.get(i + 1).is("SCONJ");
    }

    /**
     * "Video shows that Mensah had …": after a cue form the tagger may read the conjunction as a
     * pronoun (and the cue as a noun); a pronoun "that" would be the subject of a verb after it.
     */
    private static boolean isFollowedByAThatReadAsAPronoun(List<Token> tokens, int i) {
        return i + 2 < tokens.size() && tokens.get(i + 1).lowerCase().equals("that") && tokens.get(i + 1).is("PRON")
                && !isVerb(tokens.get(i + 2)) && !tokens.get(i + 2).isOneOf(".,;:");
    }
}
