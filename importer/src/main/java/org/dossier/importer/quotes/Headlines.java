package org.dossier.importer.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.importer.text.AnalysedText;
import org.dossier.importer.text.Sentence;
import org.dossier.importer.text.Token;

/**
 * Statements in the news' headline shorthand, where a line stands alone without the grammar of a
 * sentence: "Okafor: The Crossing Will Reopen", "Okafor Vows To Reopen The Crossing", "Talks Have
 * Failed, Envoy Says". Only a sentence opening a line is read as a headline.
 */
final class Headlines {

    private Headlines() {
    }

    static List<StatementCandidate> in(AnalysedText text) {
        List<StatementCandidate> found = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            boolean opensALine = sentence.start() == 0 || text.text().charAt(sentence.start() - 1) == '\n';
            if (opensALine) {
                Pattern withAColon = opensAShortLine(text.text(), sentence) ? HEADLINE_WITH_A_COLON : NAME_AND_COLON;
                withAColon(text.text(), sentence, withAColon).or(() -> inTitleCase(text.text(), sentence)).ifPresent(found::add);
            }
        }
        return found;
    }

    private static final int LONGEST_HEADLINE = 160;

    /** The sentence opens a line no longer than a headline. */
    private static boolean opensAShortLine(String text, Sentence sentence) {
        int lineEnd = text.indexOf('\n', sentence.start());
        return (lineEnd < 0 ? text.length() : lineEnd) - sentence.start() <= LONGEST_HEADLINE;
    }

    // "Okafor: …", "Mensah Boateng: …" at the start of any sentence that opens a line.
    private static final Pattern NAME_AND_COLON = Pattern.compile("^(?<speaker>\\p{Lu}[\\p{L}.'-]*(?: \\p{Lu}[\\p{L}.'-]*){0,2})(?<colon>:) +\\S");
    // A headline's line may say more before its colon: "EXCLUSIVE - Kofi Mensah: …", "Okafor camp: …", "Former Envoy Mensah at
    // the Summit: …", "Union Leader On the Strike: …"; the speaker is the name, not what the line says it spoke on.
    private static final Pattern HEADLINE_WITH_A_COLON = Pattern.compile("^(?:\\p{Lu}{2,} +[-\u2013\u2014]+ +)?"
            + "(?<speaker>\\p{Lu}[\\p{L}.'-]*(?: (?!(?:On|At|To|In|About|After)\\b)\\p{Lu}[\\p{L}.'-]*){0,3}"
            + "(?: (?:camp|campaign|aides|allies))?)"
            + "(?: (?i:on|at|to|in|about|after) [^:]{1,60})?(?<colon>:) +\\S");
    private static final Set<String> LABELS = Set.of("update", "updated", "editor's note", "note", "photo", "photos", "video", "watch",
            "read", "read more", "related", "source", "sources", "credit", "correction", "breaking", "breaking news", "live",
            "exclusive", "opinion", "analysis", "transcript", "q", "a", "warning", "caption", "file", "listen", "see also", "more");

    /** "Okafor: The Crossing Will Reopen" is Okafor's statement; "Update:" or "Photo:" is a label. */
    private static Optional<StatementCandidate> withAColon(String text, Sentence sentence, Pattern pattern) {
        Matcher headline = pattern.matcher(sentence.text());
        if (!headline.lookingAt() || LABELS.contains(headline.group("speaker").toLowerCase(Locale.ROOT))
                || !mayNameASpeaker(headline.group("speaker"))) {
            return Optional.empty();
        }
        int contentStart = sentence.start() + headline.end() - 1;
        int contentEnd = sentence.end();
        while (contentEnd > contentStart && text.charAt(contentEnd - 1) == '.') {
            contentEnd--;
        }
        int colon = sentence.start() + headline.start("colon");
        return Optional.of(new StatementCandidate(contentStart, contentEnd, colon, colon + 1, sentence.start() + headline.start("speaker"),
                sentence.start() + headline.end("speaker"), false));
    }

    private static final Set<String> NO_SPEAKERS = Set.of("how", "what", "why", "when", "where", "who", "look", "here", "there", "this",
            "that", "life", "because", "earlier", "later", "meanwhile", "now", "today", "also", "but", "and", "so", "then", "click");

    /** "Speaking on the radio: …", "How: …", "Earlier: …": a participle, a question word or an adverb opens the line, no speaker. */
    private static boolean mayNameASpeaker(String speaker) {
        String first = speaker.split(" ", 2)[0].toLowerCase(Locale.ROOT);
        return !first.endsWith("ing") && !NO_SPEAKERS.contains(first);
    }

    // The verbs headlines report with, in the present tense that headlines use.
    private static final Set<String> HEADLINE_VERBS = Set.of("says", "say", "calls", "urges", "vows", "warns", "slams", "reveals",
            "shows", "claims", "denies", "insists", "admits", "tells", "blasts", "accuses", "suggests", "predicts", "demands",
            "pledges", "praises", "rejects", "defends", "argues", "speaks", "sees", "seeks", "rips", "backs", "touts", "mocks",
            "knocks", "questions", "dismisses", "responds", "explains", "blames", "thanks", "endorses");
    // Words a headline leaves in lower case.
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but",
            "with", "from", "by", "after", "over", "about", "as", "into", "than", "vs", "vs.", "is", "are", "be", "if", "when", "so",
            "up", "off", "out", "via", "per", "amid");
    private static final int LONGEST_SPEAKER = 6;

    /**
     * "Okafor Vows To Reopen The Crossing" and "Talks Have Failed, Envoy Says": in a line set in
     * title case, a capitalised verb of saying follows its speaker, and what was said follows the
     * verb, or comes before the speaker's comma when the verb ends the line.
     */
    private static Optional<StatementCandidate> inTitleCase(String text, Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        if (!isInTitleCase(tokens)) {
            return Optional.empty();
        }
        for (int cue = 1; cue < tokens.size(); cue++) {
            if (HEADLINE_VERBS.contains(tokens.get(cue).lowerCase())) {
                return reportedBy(tokens, cue);
            }
        }
        return Optional.empty();
    }

    private static Optional<StatementCandidate> reportedBy(List<Token> tokens, int cue) {
        int speakerStart = cue;
        while (speakerStart > 0 && speakerStart > cue - LONGEST_SPEAKER && isPartOfAName(tokens.get(speakerStart - 1))) {
            speakerStart--;
        }
        int last = tokens.size() - 1;
        while (last > cue && StatementFinder.isPunctuation(tokens.get(last))) {
            last--;
        }
        if (speakerStart == cue) {
            return Optional.empty();
        }
        Token verb = tokens.get(cue);
        if (last > cue) {
            return Optional.of(new StatementCandidate(tokens.get(cue + 1).start(), tokens.get(last).end(), verb.start(), verb.end(),
                    tokens.get(speakerStart).start(), tokens.get(cue - 1).end(), false));
        }
        // "Talks Have Failed, Envoy Says.": the words said are the line before the speaker's comma.
        boolean comma = speakerStart >= 2 && tokens.get(speakerStart - 1).text().equals(",");
        return comma ? Optional.of(new StatementCandidate(tokens.get(0).start(), tokens.get(speakerStart - 2).end(), verb.start(),
                verb.end(), tokens.get(speakerStart).start(), tokens.get(cue - 1).end(), false)) : Optional.empty();
    }

    private static boolean isPartOfAName(Token token) {
        return token.isCapitalised() || token.isPossessive() || token.text().equals("'s");
    }

    /**
     * Every word capitalised but the small ones, and at least three words: "Okafor Vows To Reopen The
     * Crossing". Words in capitals are acronyms ("UN", "GOP"), or shouting when most are.
     */
    private static boolean isInTitleCase(List<Token> tokens) {
        int words = 0;
        int capitals = 0;
        for (Token token : tokens) {
            String word = token.text();
            if (!Character.isLetter(word.charAt(0))) {
                continue;
            }
            words++;
            capitals += word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT)) ? 1 : 0;
            if (!token.isCapitalised() && !SMALL_WORDS.contains(word)) {
                return false;
            }
        }
        return words >= 3 && capitals * 3 < words;
    }
}
