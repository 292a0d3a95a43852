package org.dossier.importer.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.importer.text.AnalysedText;
import org.dossier.importer.text.Dashes;
import org.dossier.importer.text.Sentence;
import org.dossier.importer.text.Token;

/**
 * Finds statements and their speakers:
 * <ul>
 *   <li>direct quotes, with the speaker after ({@code "…," Kerry said}, {@code "…," said the envoy}) or
 *       before ({@code Lavrov said: "…"}), or carried over from the quote before it in the paragraph;</li>
 *   <li>reported speech: {@code X said (that) …}, {@code …, X said}, {@code according to X, …}.</li>
 * </ul>
 * Speakers are the noun phrase at the cue, as written ("the Russian foreign minister", "he");
 * resolving them to actors is the actors stage's work.
 */
public class StatementFinder {

    private static final int SHORTEST_CONTENT_TOKENS = 3;

    public List<StatementCandidate> find(AnalysedText text) {
        List<Quote> quotes = Quote.in(text.text());
        List<StatementCandidate> found = new ArrayList<>(transcriptTurns(text.text()));
        for (StatementCandidate introduced : introducedParagraphs(text)) {
            if (found.stream().noneMatch(f -> f.overlaps(introduced))) {
                found.add(introduced);
            }
        }
        for (StatementCandidate headline : Headlines.in(text)) {
            if (found.stream().noneMatch(f -> f.overlaps(headline))) {
                found.add(headline);
            }
        }
        for (StatementCandidate quote : directQuotes(text, quotes)) {
            if (found.stream().noneMatch(f -> f.overlaps(quote))) {
                found.add(quote);
            }
        }
        for (Sentence sentence : text.sentences()) {
            for (StatementCandidate reported : reportedSpeech(sentence, quotes)) {
                // "Kerry said the parties reached a "broad agreement"": the reported statement holds the quoted words.
                // "He added that …, because, "People vote when they hope."": a quote without a speaker of its own
                // that opens inside the reported statement is part of it.
                found.removeIf(f -> f.direct() && reported.contentStart() <= f.contentStart()
                        && (f.contentEnd() <= reported.contentEnd() || !f.hasSpeaker() && f.contentStart() < reported.contentEnd())
                        && text.sentenceAt(f.contentStart()).map(Sentence::index).equals(Optional.of(sentence.index())));
                if (found.stream().noneMatch(f -> f.overlaps(reported))) {
                    found.add(reported);
                }
            }
        }
        found.sort(Comparator.comparingInt(StatementCandidate::contentStart));
        // A quote that nobody in its paragraph is said to have said is left out: a statement with a guessed speaker misleads.
        return joinedAcrossTheirAttribution(text.text(),
                borrowSpeakers(text.text(), found).stream().filter(StatementCandidate::hasSpeaker).toList());
    }

    /**
     * "“The plan is fiscally responsible,” Burman said. “It does not make things worse.”": a quote
     * that goes on after its attribution, in the same paragraph, is one statement, as it is one
     * quotation; its span runs from the first quoted word to the last, attribution included.
     */
    private static List<StatementCandidate> joinedAcrossTheirAttribution(String text, List<StatementCandidate> statements) {
        List<StatementCandidate> joined = new ArrayList<>();
        for (StatementCandidate s : statements) {
            StatementCandidate last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && last.direct() && s.direct() && last.cueStart() == s.cueStart() && last.speakerStart() == s.speakerStart()
                    && sameParagraph(text, last.contentEnd(), s.contentStart())) {
                joined.set(joined.size() - 1, new StatementCandidate(last.contentStart(), s.contentEnd(), last.cueStart(), last.cueEnd(),
                        last.speakerStart(), last.speakerEnd(), true));
            } else {
                joined.add(s);
            }
        }
        return List.copyOf(joined);
    }

    /** Transcripts: a paragraph "PENCE: Well, …" is Pence's turn, all of it. */
    private static List<StatementCandidate> transcriptTurns(String text) {
        List<StatementCandidate> turns = new ArrayList<>();
        Matcher turn = TRANSCRIPT_TURN.matcher(text);
        while (turn.find()) {
            int contentStart = turn.end();
            int contentEnd = text.indexOf("\n\n", contentStart);
            contentEnd = contentEnd < 0 ? text.length() : contentEnd;
            while (contentEnd > contentStart && Character.isWhitespace(text.charAt(contentEnd - 1))) {
                contentEnd--;
            }
            if (contentEnd > contentStart) {
                turns.add(new StatementCandidate(contentStart, contentEnd, turn.start(1), turn.end(1), turn.start(1), turn.end(1), true));
            }
        }
        return turns;
    }

    /**
     * "He said:" closing a paragraph introduces the next one, quoted or not, as the speaker's words,
     * whole: "Limbaugh added:\n\nAnd from a supposed front-runner …".
     */
    private static List<StatementCandidate> introducedParagraphs(AnalysedText text) {
        List<StatementCandidate> found = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            List<Token> tokens = sentence.tokens();
            int cue = tokens.size() - 2;
            if (cue < 1 || !tokens.get(cue + 1).text().equals(":") || !ReportingVerbs.isCueAt(tokens, cue)) {
                continue;
            }
            Optional<int[]> paragraph = nextParagraph(text.text(), sentence.end());
            Optional<int[]> speaker = paragraph.isPresent() && Speakers.isCueVerb(tokens, cue)
                    ? Speakers.before(tokens, cue, 0) : Optional.empty();
            if (speaker.isPresent()) {
                found.add(new StatementCandidate(paragraph.get()[0], paragraph.get()[1], tokens.get(cue).start(), tokens.get(cue).end(),
                        speaker.get()[0], speaker.get()[1], true));
            }
        }
        return found;
    }

    /** The paragraph after a blank line right after {@code end}, without the quotation marks that enclose it whole. */
    private static Optional<int[]> nextParagraph(String text, int end) {
        int start = end;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (start == text.length() || !text.substring(end, start).contains("\n\n")) {
            return Optional.empty();
        }
        int stop = text.indexOf("\n\n", start);
        stop = stop < 0 ? text.length() : stop;
        while (stop > start && Character.isWhitespace(text.charAt(stop - 1))) {
            stop--;
        }
        if (stop - start > 2 && text.charAt(start) == '"' && text.charAt(stop - 1) == '"' && text.indexOf('"', start + 1) == stop - 1) {
            start++;
            stop--;
        }
        return Optional.of(new int[] {start, stop});
    }

    // A transcript quoted whole opens each turn with a quote mark: "PENCE: Well, look, …
    private static final Pattern TRANSCRIPT_TURN = Pattern.compile("(?m)^\\s*\"?([A-Z][A-Z.'-]{1,}(?: [A-Z][A-Z.'-]+){0,2}):\\s+");

    /**
     * Quoted words without an attribution of their own are, in news, nearly always the words of the
     * speaker quoted just before in the paragraph (or, failing that, just after).
     */
    private static List<StatementCandidate> borrowSpeakers(String text, List<StatementCandidate> statements) {
        List<StatementCandidate> result = new ArrayList<>(statements);
        for (int i = 0; i < result.size(); i++) {
            StatementCandidate s = result.get(i);
            if (s.hasSpeaker()) {
                continue;
            }
            int at = i;
            Optional<StatementCandidate> lender = nearestAttributed(text, result, at, -1).or(() -> nearestAttributed(text, result, at, 1));
            if (lender.isPresent()) {
                StatementCandidate l = lender.get();
                result.set(i, new StatementCandidate(s.contentStart(), s.contentEnd(), l.cueStart(), l.cueEnd(), l.speakerStart(),
                        l.speakerEnd(), s.direct()));
            }
        }
        return List.copyOf(result);
    }

    private static Optional<StatementCandidate> nearestAttributed(String text, List<StatementCandidate> statements, int from, int step) {
        StatementCandidate origin = statements.get(from);
        for (int j = from + step; j >= 0 && j < statements.size(); j += step) {
            StatementCandidate candidate = statements.get(j);
            int a = Math.min(origin.contentStart(), candidate.contentStart());
            int b = Math.max(origin.contentEnd(), candidate.contentEnd());
            if (text.substring(a, b).contains("\n\n")) {
                return Optional.empty();
            }
            if (candidate.hasSpeaker()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    // ---- direct quotes

    private List<StatementCandidate> directQuotes(AnalysedText text, List<Quote> quotes) {
        List<StatementCandidate> found = new ArrayList<>();
        StatementCandidate previous = null;
        for (Quote quote : quotes) {
            Optional<Sentence> sentence = text.sentenceAt(quote.start());
            if (sentence.isEmpty() || quote.words() < SHORTEST_CONTENT_TOKENS && !endsAClause(text.text(), quote)
                    || isATitle(text.text(), quote)) {
                continue;
            }
            Optional<StatementCandidate> attributed = dashed(text.text(), quote).or(() -> after(text, quote))
                    .or(() -> before(sentence.get(), quote));
            if (attributed.isPresent()) {
                previous = attributed.get();
                found.add(previous);
            } else if (previous != null && sameParagraph(text.text(), previous.contentEnd(), quote.start())) {
                // A quote that runs on in the next sentence keeps its speaker.
                found.add(new StatementCandidate(quote.start(), quote.end(), previous.cueStart(), previous.cueEnd(),
                        previous.speakerStart(), previous.speakerEnd(), true));
            } else {
                // Quoted words with no attribution in reach are still someone's words: kept, speaker unknown for now.
                found.add(new StatementCandidate(quote.start(), quote.end(), -1, -1, -1, -1, true));
            }
        }
        return found;
    }

    private static final int LONGEST_TITLE = 8;
    private static final Set<String> TITLE_SMALL_WORDS = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or",
            "but", "with", "by", "from", "is", "as");

    /**
     * "told CBS's “Face the Nation,”", "his “Keepin' It Real” program": a few words, every one of them
     * capitalised but the small ones, name a show, a song or a book; nobody says them.
     */
    private static boolean isATitle(String text, Quote quote) {
        int words = 0;
        int at = quote.start();
        while (at < quote.end()) {
            if (!isTitleWordPart(text.codePointAt(at))) {
                at += Character.charCount(text.codePointAt(at));
                continue;
            }
            int start = at;
            while (at < quote.end() && isTitleWordPart(text.codePointAt(at))) {
                at += Character.charCount(text.codePointAt(at));
            }
            String word = text.substring(start, at);
            boolean small = words > 0 && TITLE_SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT));
            if (++words > LONGEST_TITLE || !small && !Character.isUpperCase(word.charAt(0)) && !Character.isDigit(word.charAt(0))) {
                return false;
            }
        }
        return words >= 2;
    }

    // Letters, numbers, apostrophes and hyphens make a title's words; anything else parts them.
    private static boolean isTitleWordPart(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetter(codePoint) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER || codePoint == '\'' || codePoint == '’' || codePoint == '-';
    }

    /**
     * "“It's heartbreaking,” Ryan said": a short quote that ends in a comma, question or exclamation
     * mark is a clause someone said; a short quote without one is more often a scare quote.
     */
    private static boolean endsAClause(String text, Quote quote) {
        return ",?!".indexOf(text.charAt(quote.end() - 1)) >= 0;
    }

    // After the closing mark: a dash, then one to four capitalised words.
    private static final Pattern DASH_AND_NAME = Pattern.compile(
            "\\G\"[ \\t]*(-)[ \\t]*(\\p{Lu}[\\p{L}.'-]*(?:[ \\t]+\\p{Lu}[\\p{L}.'-]*){0,3})");

    /** {@code "…" ― Sonya Herridge}: quotes collected with the name under a dash, as epigraphs and readers' voices are. */
    private static Optional<StatementCandidate> dashed(String text, Quote quote) {
        if (quote.end() >= text.length()) {
            return Optional.empty();
        }
        // lookingAt in a region, not find(from): find would try every later position of a long text.
        Matcher name = DASH_AND_NAME.matcher(text).region(quote.end(), text.length());
        if (!name.lookingAt()) {
            return Optional.empty();
        }
        int end = name.end(2);
        while (end > name.start(2) && ".,".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return Optional.of(new StatementCandidate(quote.start(), quote.end(), name.start(1), name.end(1), name.start(2), end, true));
    }

    private static final int NEAR_ATTRIBUTION = 10;
    private static final int LONGEST_ATTRIBUTION = 40;

    /** {@code "…," Kerry said} / {@code "…," said the envoy}: the attribution right after the closing mark. */
    private Optional<StatementCandidate> after(AnalysedText text, Quote quote) {
        Optional<Sentence> sentence = text.sentenceAt(quote.end() - 1);
        if (sentence.isPresent() && Speakers.firstTokenAfter(sentence.get().tokens(), quote.end() + 1) >= sentence.get().tokens().size() - 1) {
            // The quote closes its sentence: only a bare attribution ("He said.") may follow in the next one.
            sentence = text.sentenceAt(Math.min(quote.end() + 2, text.text().length() - 1))
                    .filter(next -> next.start() > quote.end() && next.tokens().size() <= 8);
        }
        if (sentence.isEmpty()) {
            return Optional.empty();
        }
        List<Token> tokens = sentence.get().tokens();
        int i = Speakers.firstTokenAfter(tokens, quote.end() + 1);
        while (i < tokens.size() && tokens.get(i).isOneOf(",\"'")) {
            i++;
        }
        int windowEnd = Math.min(tokens.size(), i + LONGEST_ATTRIBUTION);
        for (int cue = i; cue < windowEnd; cue++) {
            Token token = tokens.get(cue);
            if (token.text().equals("\"")) {
                break;
            }
            if (!ReportingVerbs.isCueAt(tokens, cue) || !Speakers.isCueVerb(tokens, cue)) {
                continue;
            }
            // "… a speech on “farm values,” saying the region …": a participle right after the quote is no inverted
            // "said X"; what follows it is what it says.
            boolean participle = token.lowerCase().endsWith("ing");
            Optional<int[]> speaker = cue > i ? Speakers.before(tokens, cue, i)
                    : participle ? Optional.empty() : Speakers.after(tokens, cue);
            // Far from the quote, the cue speaks for it only through a speaker that opens right after it ("…," Burman, director of …, said).
            boolean near = cue < i + NEAR_ATTRIBUTION || speaker.isPresent() && speaker.get()[0] == tokens.get(i).start();
            if (speaker.isPresent() && near) {
                return Optional.of(new StatementCandidate(quote.start(), quote.end(), token.start(), token.end(),
                        speaker.get()[0], speaker.get()[1], true));
            }
        }
        return Optional.empty();
    }

    /** {@code Lavrov said: "…"} / {@code He told reporters that "…"}: a cue before the opening mark. */
    private Optional<StatementCandidate> before(Sentence sentence, Quote quote) {
        List<Token> tokens = sentence.tokens();
        int open = Speakers.firstTokenAfter(tokens, quote.start() - 1);
        for (int cue = open - 1; cue >= 0 && cue >= open - 8; cue--) {
            Token token = tokens.get(cue);
            if (ReportingVerbs.isCueAt(tokens, cue) && Speakers.isCueVerb(tokens, cue) || introducesWithAColon(tokens, cue, open)) {
                int at = cue;
                // "…, while chanting, “No more fees”": a participle speaks with its clause's subject.
                Optional<int[]> speaker = Speakers.quotedAsSaying(tokens, at).or(() -> Speakers.before(tokens, at, 0))
                        .or(() -> Speakers.after(tokens, at)).or(() -> participleSubject(tokens, at));
                return speaker.map(s -> new StatementCandidate(quote.start(), quote.end(), token.start(), token.end(), s[0], s[1], true));
            }
        }
        return Optional.empty();
    }

    /**
     * "Okafor sighed: “…”", "she snapped: “…”": any verb right before a colon that opens the
     * quotation introduces it, whether or not it is among the reporting verbs.
     */
    private static boolean introducesWithAColon(List<Token> tokens, int cue, int open) {
        Token verb = tokens.get(cue);
        return cue + 2 == open && tokens.get(cue + 1).text().equals(":") && !verb.isCapitalised() && verb.is("VERB");
    }

    // ---- reported speech

    private List<StatementCandidate> reportedSpeech(Sentence sentence, List<Quote> quotes) {
        List<StatementCandidate> found = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        for (int cue = 0; cue < tokens.size(); cue++) {
            Token token = tokens.get(cue);
            if (token.text().equalsIgnoreCase("according") && cue + 2 < tokens.size() && tokens.get(cue + 1).text().equals("to")) {
                accordingTo(sentence, cue).ifPresent(found::add);
            } else if ((ReportingVerbs.isCueAt(tokens, cue) && Speakers.isCueVerb(tokens, cue)
                    || Speakers.introducesThatClause(tokens, cue) && Speakers.isVerb(token)) && !isQuoted(token, sentence, quotes)) {
                // Words first, tags last: a sentence is tagged only when a tag is asked for.
                reportedAround(sentence, cue, quotes).ifPresent(found::add);
            }
        }
        return endingBeforeTheNextAttribution(tokens, found);
    }

    /**
     * A cue among quoted words ("looks forward to “continuing on the path to victory”") is the
     * quoted speaker's own word, not an attribution by the reporter. Only a quotation that opens and
     * closes in the cue's sentence counts: marks paired across sentences may be paired wrongly (a
     * quote continued in the next paragraph opens again without closing), and then an attribution
     * would seem quoted.
     */
    private static boolean isQuoted(Token cue, Sentence sentence, List<Quote> quotes) {
        return quotes.stream().anyMatch(q -> sentence.start() < q.start() && q.end() < sentence.end()
                && q.start() <= cue.start() && cue.end() <= q.end());
    }

    /**
     * "Proponents have urged Congress to act, although they say they support the changes", "The
     * minister rejected the plan, saying it would prolong the war": two statements, the first ending
     * where the clause of the next speaker or cue begins (its conjunction and comma left out), so
     * that neither swallows the other.
     */
    private static List<StatementCandidate> endingBeforeTheNextAttribution(List<Token> tokens, List<StatementCandidate> found) {
        List<StatementCandidate> ended = new ArrayList<>(found);
        for (int i = 0; i + 1 < ended.size(); i++) {
            // "He said he speaks of farming, though he noted …": the first attribution inside that makes a clause boundary.
            for (int j = i + 1; j < ended.size(); j++) {
                Optional<StatementCandidate> shortened = endedBefore(tokens, ended.get(i), ended.get(j));
                if (shortened.isPresent()) {
                    ended.set(i, shortened.get());
                    break;
                }
            }
        }
        // "… - “we need more money,” she said - and warned …": ended before the next cue, nothing but the dash is left.
        ended.removeIf(s -> tokens.stream()
                .noneMatch(t -> t.start() >= s.contentStart() && t.end() <= s.contentEnd() && !isPunctuation(t)));
        return ended;
    }

    /** The statement {@code s} ended where the attribution of {@code next} begins, if that is inside it at a clause boundary. */
    private static Optional<StatementCandidate> endedBefore(List<Token> tokens, StatementCandidate s, StatementCandidate next) {
        int relative = relativeOpeningInside(tokens, s, next);
        int cut = relative >= 0 ? tokens.get(relative).start() : attributionStartInside(s, next);
        if (cut < 0 || next.cueStart() < s.cueStart()) {
            return Optional.empty();
        }
        int last = Speakers.firstTokenAfter(tokens, cut) - 1;
        boolean clauseBoundary = false;
        boolean comma = false;
        int closingMark = -1;
        while (last >= 0 && (tokens.get(last).isOneOf(",\"") || Dashes.isDash(tokens, last) || opensAClause(tokens.get(last))
                || tokens.get(last).is("CCONJ"))) {
            // "…, although they say", "…, and they say": a bare "and" before a speaker more often joins two nouns
            // ("shootings and protests"); before a cue it joins two things said ("said … and added that …"), and
            // "but" joins clauses ("… a gun,” but he said …"). A closing quote mark is no boundary by itself.
            Token before = tokens.get(last);
            // "… twice its price - Lopez replied": a dash closing an aside is a boundary as a comma is.
            clauseBoundary |= before.text().equals(",") || Dashes.isDash(tokens, last) || opensAClause(before)
                    || before.is("CCONJ") && (cut == next.cueStart() || !JOINING_WORDS.contains(before.lowerCase()));
            closingMark = before.text().equals("\"") ? last : closingMark;
            comma |= before.text().equals(",");
            last--;
        }
        // A quotation that closes just before the boundary stays whole in the statement that holds it.
        last = closingMark >= 0 ? closingMark : last;
        int from = Speakers.firstTokenAfter(tokens, s.contentStart());
        // "He claimed vast wealth and said it …": a second cue of the same speaker may leave the first only its object.
        // "Garcia praised Lopez, who says the prize is the village's": the relative clause is the next statement, the name
        // the first's object.
        int shortest = relative >= 0 || cut == next.cueStart() && !inside(next.speakerStart(), s) ? 1 : SHORTEST_CONTENT_TOKENS;
        if (!clauseBoundary) {
            return Optional.empty();
        }
        if (last - from + 1 < shortest && last >= from && comma) {
            // "When she wrote her novel, Okafor said that …", "… were found empty, according to the inspectors": the first
            // cue had only an object, and another attribution begins after the comma; what the first leaves holds no words said.
            return Optional.of(endingAt(s, s.contentStart()));
        }
        return last - from + 1 < shortest ? Optional.empty() : Optional.of(endingAt(s, tokens.get(last).end()));
    }

    private static StatementCandidate endingAt(StatementCandidate s, int contentEnd) {
        return new StatementCandidate(s.contentStart(), contentEnd, s.cueStart(), s.cueEnd(), s.speakerStart(), s.speakerEnd(), s.direct());
    }

    /**
     * Where the attribution of {@code next} begins inside {@code s}: at its speaker, or at its cue when that
     * comes first ("…, according to X"); -1 when neither is inside.
     */
    private static int attributionStartInside(StatementCandidate s, StatementCandidate next) {
        if (inside(next.cueStart(), s) && (next.cueStart() < next.speakerStart() || !inside(next.speakerStart(), s))) {
            return next.cueStart();
        }
        return inside(next.speakerStart(), s) ? next.speakerStart() : -1;
    }

    /** The token where ", who" or ", which" opens the attribution of {@code next} inside {@code s}, or -1 when none does. */
    private static int relativeOpeningInside(List<Token> tokens, StatementCandidate s, StatementCandidate next) {
        if (!inside(next.cueStart(), s)) {
            return -1;
        }
        int cue = Speakers.firstTokenAfter(tokens, next.cueStart());
        for (int i = cue - 1; i > 0 && tokens.get(i).start() >= next.speakerEnd(); i--) {
            if (Speakers.isRelativePronoun(tokens.get(i))) {
                return tokens.get(i - 1).text().equals(",") && inside(tokens.get(i).start(), s) ? i : -1;
            }
        }
        return -1;
    }

    private static final Set<String> JOINING_WORDS = Set.of("and", "or", "&");

    // The tagger often reads "though" and "while" as adverbs; opening a clause is what they do here.
    private static final Set<String> CONCESSIVE_CONJUNCTIONS = Set.of("though", "although", "while", "whereas");

    private static boolean opensAClause(Token token) {
        return CONCESSIVE_CONJUNCTIONS.contains(token.lowerCase()) || token.is("SCONJ");
    }

    private static boolean inside(int offset, StatementCandidate statement) {
        return statement.contentStart() < offset && offset < statement.contentEnd();
    }

    private Optional<StatementCandidate> reportedAround(Sentence sentence, int cue, List<Quote> quotes) {
        List<Token> tokens = sentence.tokens();
        Token verb = tokens.get(cue);
        // "… may prove - as observers hoped - the start of a calmer year": an aside holding no words said reports the clause around it.
        int contentEnd = endOfTheAsideHolding(tokens, cue).filter(end -> end - cue >= SHORTEST_CONTENT_TOKENS)
                .orElseGet(() -> lastContentToken(tokens));
        // "The talks failed, Kerry said." — the content is what comes before the attribution.
        // "The mayor spoke about the flooding in Accra, Ghana, arguing that …": a participle after a comma speaks with its
        // clause's subject; read as a subject, the words before the comma would give "Accra".
        boolean participle = verb.lowerCase().endsWith("ing") && followsAComma(tokens, cue);
        Optional<int[]> speakerFirst = participle ? participleSubject(tokens, cue).or(() -> Speakers.before(tokens, cue, 0))
                : Speakers.before(tokens, cue, 0);
        int speakerStartToken = speakerFirst.map(s -> Speakers.withAttachedPhrases(tokens, sentence.tokenAt(s[0]))).orElse(cue);
        boolean inverted = speakerFirst.isPresent() && speakerStartToken > 1 && tokens.get(speakerStartToken - 1).text().equals(",")
                && closesTheSentence(tokens, cue);
        if (inverted && !holdsAVerb(tokens, 0, speakerStartToken - 2) && !isQuoted(tokens.get(0), sentence, quotes)) {
            // "In a short reply, Okafor said “no” four times": an opening phrase, not the words said.
            return Optional.empty();
        }
        if (inverted) {
            int[] speaker = {tokens.get(speakerStartToken).start(), speakerFirst.get()[1]};
            return content(tokens, 0, speakerStartToken - 2).map(c -> statement(c, verb, speaker, quotes));
        }
        if (speakerFirst.isPresent() && !Speakers.isRelativePronoun(tokens.get(cue - 1))
                && interruptsItsSubject(tokens, speakerStartToken - 1, cue + 1)) {
            // "The talks, Kerry said, had failed": the attribution stands inside the clause it reports, which is said whole.
            int[] speaker = speakerFirst.get();
            return content(tokens, skipPunctuation(tokens, 0), contentEnd).map(c -> statement(c, verb, speaker, quotes));
        }
        Optional<int[]> speakerAfterVerb = speakerFirst.isEmpty() && cue > 2 && tokens.get(cue - 1).text().equals(",")
                && ReportingVerbs.isSpeechVerb(verb.text())
                ? Speakers.after(tokens, cue).filter(s -> onlyDescribesTheSpeakerAfter(tokens, sentence.tokenAt(s[1]) - 1))
                : Optional.empty();
        if (speakerAfterVerb.isPresent() && interruptsItsSubject(tokens, cue - 1, sentence.tokenAt(speakerAfterVerb.get()[1]))) {
            // "The main risk, say engineers like Mensah, is the old dam."
            return content(tokens, skipPunctuation(tokens, 0), contentEnd).map(c -> statement(c, verb, speakerAfterVerb.get(), quotes));
        }
        if (speakerAfterVerb.isPresent()) {
            // "The talks failed, said Kerry": what comes first is a clause; "That, too, say experts" holds no claim.
            return holdsAVerb(tokens, 0, cue - 2) || isQuoted(tokens.get(0), sentence, quotes)
                    ? content(tokens, 0, cue - 2).map(c -> statement(c, verb, speakerAfterVerb.get(), quotes)) : Optional.empty();
        }
        Optional<int[]> speaker = speakerFirst.or(() -> Speakers.quotedAsSaying(tokens, cue)).or(() -> participleSubject(tokens, cue));
        if (speaker.isEmpty()) {
            return Optional.empty();
        }
        int afterCue = skipAfterCue(tokens, cue + 1);
        int start = pastCircumstance(tokens, afterCue, contentEnd);
        // "“…,” Okafor said after touring the valley": a cue right after the speaker of the quotation before it.
        if (tellsNothingSaid(tokens, verb, start, contentEnd) || isByItsAgent(tokens, cue, afterCue)
                || speakerFirst.isPresent() && !participle && !opensWordsSaid(tokens, start)
                        && attributesTheQuoteBefore(tokens, speakerStartToken, quotes)
                        && !holdsAVerb(tokens, sentence.tokenAt(speakerFirst.get()[1] - 1) + 1, cue - 1)) {
            return Optional.empty();
        }
        return content(tokens, start, contentEnd).map(c -> withItsNegation(statement(c, verb, speaker.get(), quotes), tokens, cue));
    }

    /**
     * "“…,” Okafor said after touring the valley", "“…,” she shouts while running": the words said are the
     * quotation that opens the sentence and closes before the speaker; after the cue come only the
     * circumstances. (A quoted phrase inside the sentence is no such quotation: "… about “our proud
     * harbour,” Okafor said the quay …".)
     */
    private static boolean attributesTheQuoteBefore(List<Token> tokens, int speakerStart, List<Quote> quotes) {
        int mark = speakerStart - 1;
        return mark >= 0 && tokens.get(mark).text().equals("\"") && quotes.stream()
                .anyMatch(q -> q.end() == tokens.get(mark).start() && q.start() <= tokens.get(0).end());
    }

    /** "that …" or a quotation: words said follow even an attribution of the quote before. */
    private static boolean opensWordsSaid(List<Token> tokens, int start) {
        return start < tokens.size() && (tokens.get(start).lowerCase().equals("that") || tokens.get(start).text().equals("\""));
    }

    /**
     * "said this month on CNBC", "told me this week", "did not respond to requests for comment",
     * "said nothing", "spoke about the budget", "spoke briefly": when, where, to whom or of what, but
     * not what was said.
     */
    private static boolean tellsNothingSaid(List<Token> tokens, Token verb, int start, int end) {
        if (start < 0 || start > end) {
            return false;
        }
        String word = verb.text();
        boolean plain = ReportingVerbs.isPlainSaying(word);
        return plain && saysNothing(tokens, start)
                || (plain || ReportingVerbs.isAnswering(word)) && opensACircumstance(tokens, start) && !holdsAVerb(tokens, start, end)
                || plain && opensACircumstantialClause(tokens, start, end)
                || ReportingVerbs.isSpeaking(word)
                        && (TOPIC_WORDS.contains(tokens.get(start).lowerCase()) || !holdsAVerb(tokens, start, end));
    }

    private static final Set<String> TIME_CONJUNCTIONS = Set.of("after", "while", "before", "when", "upon");

    /** "said after touring the valley", "told reporters while leaving": a participle's clause of time, and nothing after it. */
    private static boolean opensACircumstantialClause(List<Token> tokens, int start, int end) {
        if (start + 1 > end || !TIME_CONJUNCTIONS.contains(tokens.get(start).lowerCase())
                || !tokens.get(start + 1).lowerCase().endsWith("ing")) {
            return false;
        }
        for (int i = start + 2; i <= end; i++) {
            if (tokens.get(i).lowerCase().equals("that") || Speakers.isSubjectPronoun(tokens.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "a complaint echoed by the union": after a participle, "by" names who spoke, not what was
     * said. ("She closed by hinting that …" says how, with an -ing form.)
     */
    private static boolean isByItsAgent(List<Token> tokens, int cue, int start) {
        return tokens.get(cue).lowerCase().endsWith("ed") && cue + 1 == start && start + 1 < tokens.size()
                && tokens.get(start).lowerCase().equals("by") && !tokens.get(start + 1).lowerCase().endsWith("ing");
    }

    // "spoke about the budget", "speaks of reform", "spoke to reporters", "spoke with aides".
    private static final Set<String> TOPIC_WORDS = Set.of("about", "of", "on", "to", "with");

    private static final Set<String> NO_WORDS = Set.of("nothing", "little", "much", "so", "more", "otherwise");

    /** "said nothing", "said little, according to a clerk", "said so": a verb of saying whose object tells nothing said. */
    private static boolean saysNothing(List<Token> tokens, int start) {
        return NO_WORDS.contains(tokens.get(start).lowerCase()) && (start + 1 >= tokens.size() || tokens.get(start + 1).is("PUNCT"));
    }

    private static final int LONGEST_ATTRIBUTION_TAIL = 6;

    /**
     * "The talks, Kerry said, had failed", "The main risk, say engineers like Mensah, is the old dam":
     * the attribution between commas at {@code commaBefore} and one at most a few words after
     * {@code from} interrupts a subject (the words before it hold no verb and open with no adjunct)
     * before its verb. Not where a quotation mark or other punctuation comes first: quotes keep
     * their own statements.
     */
    private static boolean interruptsItsSubject(List<Token> tokens, int commaBefore, int from) {
        if (commaBefore < 1 || !tokens.get(commaBefore).text().equals(",") || !isASubjectBefore(tokens, commaBefore)
                || tokens.get(pastConjunctions(tokens, commaBefore)).is("PUNCT")
                || tokens.subList(0, from).stream().anyMatch(t -> t.text().equals("\""))) {
            return false;
        }
        int last = lastContentToken(tokens);
        for (int i = from; i <= last && i <= from + LONGEST_ATTRIBUTION_TAIL; i++) {
            if (tokens.get(i).text().equals(",")) {
                // The subject's verb comes right after: "…, Kerry said, had failed".
                Token predicate = tokens.get(i + 1);
                return last - i >= 2 && Speakers.isVerb(predicate) && !predicate.isCapitalised() && !ReportingVerbs.isCueAt(tokens, i + 1);
            }
            if (Speakers.isVerb(tokens.get(i))) {
                return false;
            }
        }
        return false;
    }

    /**
     * A verb in lower case: a capitalised one in a circumstance is a name or a title ("on Radio One's
     * “Fox and Friends”", where "Friends" is tagged a verb).
     */
    private static boolean holdsAVerb(List<Token> tokens, int from, int to) {
        for (int i = from; i <= to && i < tokens.size(); i++) {
            Token token = tokens.get(i);
            // "There's", "it's": a contracted auxiliary is a verb too.
            if (!token.isCapitalised() && Speakers.isVerb(token) || token.text().indexOf('\'') > 0 && token.pos().endsWith("+AUX")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> OBJECT_PRONOUNS = Set.of("me", "him", "her", "us", "them", "you");

    /** A phrase that tells when, where or to whom: a preposition, a listener ("me"), a day or "this month". */
    private static boolean opensACircumstance(List<Token> tokens, int start) {
        Token first = tokens.get(start);
        boolean period = start + 1 < tokens.size() && Speakers.isTimeWord(tokens.get(start + 1)) && first.is("DET");
        return first.is("ADP") || OBJECT_PRONOUNS.contains(first.lowerCase()) || Speakers.opensATimeAdverbial(tokens, start) || period;
    }

    // Not "for", "to", "as", "about": "called for a curfew", "said as much" take their object with them.
    private static final Set<String> CIRCUMSTANCE = Set.of("in", "at", "during", "after", "before", "from", "by", "of", "with",
            "since", "amid", "on");

    /**
     * "said in an interview with The Huffington Post that …", "said of the plan, …", "said in a
     * statement he would …": phrases led by a preposition of place, time or topic right after the cue
     * tell where or of what it was said; the words begin after them (and after a comma).
     */
    private static int pastCircumstance(List<Token> tokens, int start, int end) {
        int i = start;
        while (i <= end && CIRCUMSTANCE.contains(tokens.get(i).lowerCase())) {
            int phraseEnd = Speakers.nounPhraseEnd(tokens, i + 1);
            if (phraseEnd == i + 1) {
                return start;
            }
            i = phraseEnd;
            while (i <= end && (tokens.get(i).text().equals(",") || Speakers.isTimeWord(tokens.get(i)))) {
                i++;
            }
        }
        return i;
    }

    /**
     * "…, said Brian Baker, a longtime adviser to the family who …", "…, said one source in the room.":
     * after the speaker named behind the cue come only the end, an apposition about the speaker, or
     * where they spoke; no verb of the main clause.
     */
    private static boolean onlyDescribesTheSpeakerAfter(List<Token> tokens, int speakerEnd) {
        int next = speakerEnd + 1;
        return next > lastContentToken(tokens) || tokens.get(next).isOneOf(",(") || tokens.get(next).is("ADP");
    }

    private static final int LONGEST_TRAILING_ADJUNCT = 8;
    private static final Set<String> CLAUSE_OPENERS = Set.of("as", "while", "when", "after", "before", "because", "although", "though",
            "since", "but", "and");

    /**
     * "…, top lawmakers said Friday afternoon, as they …", "…, Graham told The Huffington Post on
     * Thursday.": the cue ends the main clause when what follows it, up to the end or to a clause
     * that hangs from it ("as …", "adding …"), holds no verb. "At the rally, Trump said, …" does not
     * end there: its words come after.
     */
    private static boolean closesTheSentence(List<Token> tokens, int cue) {
        int last = lastContentToken(tokens);
        if (last - cue > 5 && !ReportingVerbs.isSpeechVerb(tokens.get(cue).text())) {
            // "…, the band leader called bigwigs to the stage, singing …": only a verb of saying is followed by mere circumstance.
            return false;
        }
        if (cue < last && (takesAnObject(tokens, cue) || Speakers.isSubjectPronoun(tokens.get(cue + 1)))) {
            // "As for the harvest, he said he's not worried": a clause after the cue holds the words.
            return false;
        }
        for (int i = cue + 1; i <= last; i++) {
            Token token = tokens.get(i);
            if (i - cue > LONGEST_TRAILING_ADJUNCT || Speakers.isVerb(token)) {
                return false;
            }
            if (token.text().equals(",")) {
                Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : token;
                return next.is("SCONJ") || CLAUSE_OPENERS.contains(next.lowerCase()) || next.lowerCase().endsWith("ing");
            }
        }
        return true;
    }

    /**
     * "Clinton noted the clot's existence": a noun phrase right after the cue is its object, not the
     * circumstance of an attribution; but a day ("said Friday", "said last week") is one, and "told",
     * "asked" and "warned" take their listener.
     */
    private static boolean takesAnObject(List<Token> tokens, int cue) {
        Token next = tokens.get(cue + 1);
        return !ReportingVerbs.takesAListener(tokens.get(cue).text()) && !Speakers.opensATimeAdverbial(tokens, cue + 1)
                && (next.is("DET") || next.is("NOUN") || next.is("ADJ") || next.is("PROPN") || OBJECT_PRONOUNS.contains(next.lowerCase())
                || next.lowerCase().equals("it"));
    }

    /**
     * "Trump attacked Clinton over Libya, saying she was …", "Cruz exhorted Republicans to vote and
     * said he was …": a cue in the -ing form after a comma (or a comma and "while", "after" …), or
     * joined by "and", "but" or "then", speaks with the subject of the clause it hangs from: the
     * nearest verb before it whose subject opens the sentence or follows a comma or "and".
     */
    private static Optional<int[]> participleSubject(List<Token> tokens, int cue) {
        if (cue < 3) {
            return Optional.empty();
        }
        String before = tokens.get(cue - 1).lowerCase();
        // "…, while chanting", "- before adding that"; "by" needs no comma ("pitched himself by telling them …").
        boolean participle = tokens.get(cue).lowerCase().endsWith("ing") && (followsAComma(tokens, cue) || before.equals("by")
                || Speakers.leadsAParticiple(tokens.get(cue - 1))
                        && (tokens.get(cue - 2).text().equals(",") || Dashes.isDash(tokens, cue - 2)));
        // "… and said", "… but has since said", "…, then told": a verb joined to the clause's first shares its subject.
        int joint = cue - 1;
        boolean passive = false;
        while (joint > 1 && !tokens.get(joint).lowerCase().equals("then")
                && (tokens.get(joint).pos().startsWith("AUX") || tokens.get(joint).is("ADV") && !tokens.get(joint).isCapitalised())) {
            // "… and was said to be stable": a passive's subject is spoken of.
            passive |= Speakers.isFormOfBe(tokens.get(joint));
            joint--;
        }
        // Past an auxiliary only before a verb of saying: "and is expected", "and was found" are other verbs as often.
        String cueWord = tokens.get(cue).text();
        joint = joint == cue - 1 || !passive && (ReportingVerbs.isPlainSaying(cueWord) || ReportingVerbs.isSpeechVerb(cueWord))
                ? joint : cue - 1;
        String joining = tokens.get(joint).lowerCase();
        boolean joined = VERB_JOINING_WORDS.contains(joining) || joining.equals("then") && tokens.get(joint - 1).isOneOf(",");
        if (!participle && !joined) {
            return Optional.empty();
        }
        boolean quoted = tokens.get(cue - 1).text().equals("\"");
        for (int verb = cue - 2; verb >= 1; verb--) {
            // "… wrote: “The clinic was a model when it opened,” adding that …": the verbs of a quotation have subjects of
            // their own.
            quoted ^= tokens.get(verb).text().equals("\"");
            if (quoted || !isFiniteVerb(tokens, verb)) {
                continue;
            }
            Optional<int[]> subject = Speakers.before(tokens, verb, 0);
            if (subject.isPresent()) {
                // "A spokesman for the mayor defended the route and said …": the phrases attached to the subject are its own.
                int start = Speakers.withAttachedPhrases(tokens, Speakers.firstTokenAfter(tokens, subject.get()[0]));
                // "“…,” Okafor said, adding that …", "ACCRA - The ministry opened two clinics, conceding": after a quotation
                // or a dash too.
                if (start == 0 || tokens.get(start - 1).isOneOf(",\"") || Dashes.isDash(tokens, start - 1)
                        || tokens.get(start - 1).lowerCase().equals("and")) {
                    return subject;
                }
            }
        }
        return Optional.empty();
    }

    /** A comma right before the token at {@code i}, or a comma and the closing mark of a quotation ("…,” adding that"). */
    private static boolean followsAComma(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i - 1).text().equals(",")
                || i > 1 && tokens.get(i - 1).text().equals("\"") && tokens.get(i - 2).text().equals(",");
    }

    /** A verb that can have a subject: not a participle, unless an auxiliary makes it one ("he's comparing"). */
    private static boolean isFiniteVerb(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        return Speakers.isVerb(token) && (!token.lowerCase().endsWith("ing") || tokens.get(i - 1).pos().contains("AUX"));
    }

    private static final Set<String> VERB_JOINING_WORDS = Set.of("and", "but");

    private static final int LONGEST_SOURCE = 12;

    private Optional<StatementCandidate> accordingTo(Sentence sentence, int according) {
        List<Token> tokens = sentence.tokens();
        int npEnd = sourceEnd(tokens, according + 2, according <= 1);
        if (npEnd <= according + 2) {
            return Optional.empty();
        }
        int[] speaker = {tokens.get(according + 2).start(), tokens.get(npEnd - 1).end()};
        Token cue = tokens.get(according);
        int[] cueSpan = {cue.start(), tokens.get(according + 1).end()};
        int last = lastContentToken(tokens);
        Optional<int[]> content;
        if (according <= 1 || leadsToTheClauseAfter(tokens, according, npEnd)) {
            content = content(tokens, skipPunctuation(tokens, npEnd), last);
        } else if (isSubjectOfTheClauseAfter(tokens, according, npEnd)) {
            content = content(tokens, skipPunctuation(tokens, 0), last);
        } else {
            content = content(tokens, 0, according - (tokens.get(according - 1).text().equals(",") ? 2 : 1));
        }
        return content.map(c -> new StatementCandidate(c[0], c[1], cueSpan[0], cueSpan[1], speaker[0], speaker[1], false));
    }

    /**
     * "In addition, according to the ministry, four million households …", "Although most were
     * cleared, according to an official, two were …", "… after, according to her brother, the paper
     * fired …": what comes before "according to" only leads into the clause after the source (an
     * adjunct, a subordinate clause, a conjunction), so that clause is what the source says.
     */
    private static boolean leadsToTheClauseAfter(List<Token> tokens, int according, int sourceEnd) {
        if (!clauseFollows(tokens, sourceEnd) || !tokens.get(according - 1).text().equals(",")) {
            return false;
        }
        Token beforeComma = tokens.get(according - 2);
        if (CLAUSE_OPENERS.contains(beforeComma.lowerCase()) || beforeComma.is("SCONJ")) {
            return true;
        }
        int first = pastConjunctions(tokens, according - 1);
        if (first == according - 1) {
            return true;
        }
        Token opener = tokens.get(first);
        boolean clauseBefore = holdsAVerb(tokens, first, according - 2);
        return clauseBefore ? opener.is("SCONJ") || CLAUSE_OPENERS.contains(opener.lowerCase()) : opensAnAdjunct(opener);
    }

    /**
     * "The mayor, according to the poll, leads his rival …": the source interrupts a clause, whose
     * words are the statement, whole. Not when the clause reports speech itself ("The ministry,
     * according to state radio, said …"): that statement is the ministry's.
     */
    private static boolean isSubjectOfTheClauseAfter(List<Token> tokens, int according, int sourceEnd) {
        return clauseFollows(tokens, sourceEnd) && tokens.get(according - 1).text().equals(",") && isASubjectBefore(tokens, according - 1)
                && !ReportingVerbs.isCueAt(tokens, sourceEnd + 1);
    }

    /**
     * The words before the comma at {@code comma} are the subject of a clause that goes on after an
     * attribution ("The talks, Kerry said, …", "The mayor, according to the poll, …"): they hold no
     * verb and open (past punctuation and conjunctions) with no adjunct, time or verb.
     */
    private static boolean isASubjectBefore(List<Token> tokens, int comma) {
        if (comma < 1 || holdsAVerb(tokens, 0, comma - 1)) {
            return false;
        }
        int first = pastConjunctions(tokens, comma);
        while (first < comma && tokens.get(first).is("PUNCT")) {
            first++;
        }
        if (first == comma) {
            return false;
        }
        Token opener = tokens.get(first);
        return !opensAnAdjunct(opener) && !Speakers.isVerb(opener);
    }

    /** "In addition", "However", "Because of …", "Tuesday": words that open an adjunct, not a subject. */
    private static boolean opensAnAdjunct(Token opener) {
        return opener.is("ADP") || opener.is("ADV") || opener.is("SCONJ") || Speakers.isTimeWord(opener);
    }

    /** The first token past the conjunctions that open a sentence ("And", "But"), at most {@code to}. */
    private static int pastConjunctions(List<Token> tokens, int to) {
        int i = 0;
        while (i < to && (tokens.get(i).is("CCONJ") || tokens.get(i).text().equals(","))) {
            i++;
        }
        return i;
    }

    /**
     * The source is closed by a comma and a clause of its own follows: "according to the poll, 40
     * percent remain undecided"; not a clause joined by "and" or "but", which says something else.
     */
    private static boolean clauseFollows(List<Token> tokens, int sourceEnd) {
        int last = lastContentToken(tokens);
        return sourceEnd < tokens.size() && tokens.get(sourceEnd).text().equals(",") && last - sourceEnd >= SHORTEST_CONTENT_TOKENS
                && !tokens.get(sourceEnd + 1).is("CCONJ") && holdsAVerb(tokens, sourceEnd + 1, last);
    }

    /**
     * Where the source after "according to" ends: its noun phrase; at the head of a sentence, when
     * the tagger misreads it ("conservative talk radio host Rush Limbaugh"), everything up to the
     * comma that closes it.
     */
    private static int sourceEnd(List<Token> tokens, int from, boolean opensTheSentence) {
        int npEnd = Speakers.nounPhraseEnd(tokens, from);
        if (npEnd == from && from + 1 < tokens.size() && !tokens.get(from).isCapitalised()
                && Character.isLetter(tokens.get(from).text().charAt(0))) {
            // "according to show staff": a noun phrase follows "according to", whatever the tagger makes of its first word.
            npEnd = Speakers.nounPhraseEnd(tokens, from + 1);
        }
        if (!opensTheSentence || npEnd < tokens.size() && tokens.get(npEnd).text().equals(",")) {
            return npEnd;
        }
        for (int i = from + 1; i < tokens.size() && i <= from + LONGEST_SOURCE; i++) {
            if (tokens.get(i).text().equals(",")) {
                return i;
            }
        }
        return npEnd;
    }

    /**
     * "didn't say whether …", "has never said that …": a negated cue keeps its negation (and the
     * auxiliaries and adverbs with it), without which the words would read as a claim.
     */
    private static StatementCandidate withItsNegation(StatementCandidate statement, List<Token> tokens, int cue) {
        int start = cue;
        boolean negated = false;
        for (int i = cue - 1; i >= 0 && isAuxiliaryOrAdverb(tokens.get(i)); i--) {
            start = i;
            negated |= isNegation(tokens.get(i));
        }
        return negated ? new StatementCandidate(statement.contentStart(), statement.contentEnd(), tokens.get(start).start(),
                statement.cueEnd(), statement.speakerStart(), statement.speakerEnd(), statement.direct()) : statement;
    }

    private static boolean isAuxiliaryOrAdverb(Token token) {
        return token.pos().startsWith("AUX") || token.is("PART") || token.is("ADV");
    }

    private static boolean isNegation(Token token) {
        String word = token.lowerCase();
        return word.equals("not") || word.equals("never") || word.endsWith("n't");
    }

    private static StatementCandidate statement(int[] content, Token cue, int[] speaker, List<Quote> quotes) {
        boolean direct = quotes.stream().anyMatch(q -> q.start() <= content[0] + 1 && q.end() >= content[1] - 1);
        return new StatementCandidate(content[0], content[1], cue.start(), cue.end(), speaker[0], speaker[1], direct);
    }

    /** After the cue: the listener of "told reporters", then a comma, colon or dash; "that" belongs to the content. */
    private static int skipAfterCue(List<Token> tokens, int from) {
        int i = from;
        if (ReportingVerbs.takesAListener(tokens.get(from - 1).text())) {
            i = Speakers.nounPhraseEnd(tokens, i);
        }
        while (i < tokens.size() && (tokens.get(i).isOneOf(",:") || Dashes.isDash(tokens, i))) {
            i++;
        }
        return i;
    }

    private static Optional<int[]> content(List<Token> tokens, int fromToken, int toTokenInclusive) {
        if (fromToken < 0 || toTokenInclusive >= tokens.size() || toTokenInclusive - fromToken + 1 < SHORTEST_CONTENT_TOKENS) {
            return Optional.empty();
        }
        return Optional.of(new int[] {tokens.get(fromToken).start(), tokens.get(toTokenInclusive).end()});
    }

    private static int lastContentToken(List<Token> tokens) {
        int last = tokens.size() - 1;
        // Read from the characters, not the tags: the end of a sentence then needs no tagging.
        while (last > 0 && isPunctuation(tokens.get(last)) && !tokens.get(last).text().equals("\"")) {
            last--;
        }
        return last;
    }

    /**
     * "The audit -- which finds that costs rose -- was published": a cue inside a dashed or bracketed
     * aside reports no further than the aside's closing mark; the last token before it, if it closes.
     */
    private static Optional<Integer> endOfTheAsideHolding(List<Token> tokens, int cue) {
        int dashes = 0;
        int brackets = 0;
        for (int i = 0; i < cue; i++) {
            dashes += Dashes.isDash(tokens, i) ? 1 : 0;
            brackets += tokens.get(i).text().equals("(") ? 1 : tokens.get(i).text().equals(")") ? -1 : 0;
        }
        for (int i = cue + 1; i < tokens.size() && (dashes % 2 == 1 || brackets > 0); i++) {
            if (dashes % 2 == 1 && Dashes.isDash(tokens, i) || brackets > 0 && tokens.get(i).text().equals(")")) {
                return Optional.of(i - 1);
            }
        }
        return Optional.empty();
    }

    static boolean isPunctuation(Token token) {
        return token.text().chars().allMatch(c -> ".,;:!?'\"()[]{}-\u2026".indexOf(c) >= 0);
    }

    private static int skipPunctuation(List<Token> tokens, int i) {
        while (i < tokens.size() && tokens.get(i).is("PUNCT")) {
            i++;
        }
        return i;
    }

    private static boolean sameParagraph(String text, int from, int to) {
        return from <= to && !text.substring(from, to).contains("\n\n");
    }
}
