package org.dossier.importer.positions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.core.actor.ActorKind;
import org.dossier.core.statement.Stance;
import org.dossier.importer.actors.ActorMentions;
import org.dossier.importer.actors.FoundActor;
import org.dossier.importer.text.AnalysedText;
import org.dossier.importer.text.Sentence;
import org.dossier.importer.text.Token;

/**
 * Finds positions: an actor named as the subject of a stance verb, and the issue that follows it.
 * "The minister called for an end to the fighting" is the minister demanding "an end to the fighting";
 * "she had no great expectations for the talks" is her doubting "the talks".
 */
public class PositionFinder {

    // One word cues; multi-word cues are matched on the words that follow (see PHRASES).
    private static final Map<String, Stance> VERBS = Map.ofEntries(
            Map.entry("supports", Stance.SUPPORTS), Map.entry("supported", Stance.SUPPORTS), Map.entry("backs", Stance.SUPPORTS),
            Map.entry("backed", Stance.SUPPORTS), Map.entry("welcomed", Stance.SUPPORTS), Map.entry("welcomes", Stance.SUPPORTS),
            Map.entry("endorsed", Stance.SUPPORTS), Map.entry("endorses", Stance.SUPPORTS), Map.entry("praised", Stance.SUPPORTS),
            Map.entry("opposes", Stance.OPPOSES), Map.entry("opposed", Stance.OPPOSES), Map.entry("condemned", Stance.OPPOSES),
            Map.entry("condemns", Stance.OPPOSES), Map.entry("criticized", Stance.OPPOSES), Map.entry("criticised", Stance.OPPOSES),
            Map.entry("demands", Stance.DEMANDS), Map.entry("demanded", Stance.DEMANDS), Map.entry("urged", Stance.DEMANDS),
            Map.entry("urges", Stance.DEMANDS), Map.entry("emphasized", Stance.DEMANDS), Map.entry("emphasised", Stance.DEMANDS),
            Map.entry("insisted", Stance.DEMANDS), Map.entry("rejects", Stance.REJECTS), Map.entry("rejected", Stance.REJECTS),
            Map.entry("dismissed", Stance.REJECTS), Map.entry("vetoed", Stance.REJECTS), Map.entry("accuses", Stance.ACCUSES),
            Map.entry("accused", Stance.ACCUSES), Map.entry("blamed", Stance.ACCUSES), Map.entry("blames", Stance.ACCUSES),
            Map.entry("warns", Stance.WARNS), Map.entry("warned", Stance.WARNS), Map.entry("doubts", Stance.DOUBTS),
            Map.entry("doubted", Stance.DOUBTS));
    private static final Map<String, Stance> PHRASES = Map.of(
            "called for", Stance.DEMANDS, "calls for", Stance.DEMANDS, "call for", Stance.DEMANDS,
            "no expectations", Stance.DOUBTS, "expects nothing", Stance.DOUBTS, "expected nothing", Stance.DOUBTS,
            "held responsible", Stance.ACCUSES);
    private static final Set<String> LEADING_WORDS = Set.of("for", "on", "that", "of", "to", "from", "had");
    private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":", ".", "\"", "while", "but", "because", "as", "after", "when",
            "said", "and that");
    private static final int LONGEST_ISSUE = 14;

    public List<FoundPosition> find(AnalysedText text, ActorMentions mentions) {
        List<FoundPosition> found = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            List<Token> tokens = sentence.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Optional<Cue> cue = cueAt(tokens, i);
                if (cue.isEmpty()) {
                    continue;
                }
                Optional<FoundActor> holder = subject(tokens, i, mentions);
                Optional<int[]> issue = issue(tokens, cue.get().end());
                if (holder.isPresent() && issue.isPresent()) {
                    found.add(new FoundPosition(holder.get().name(), cue.get().stance(),
                            text.text().substring(issue.get()[0], issue.get()[1]), issue.get()[0], issue.get()[1],
                            tokens.get(i).start(), sentence.start(), sentence.end()));
                }
                i = cue.get().end() - 1;
            }
        }
        return List.copyOf(found);
    }

    private record Cue(Stance stance, int end) {
    }

    private record Phrase(String[] words, Stance stance) {
    }

    // By first word, so that a token is compared only with the phrases it can start.
    private static final Map<String, List<Phrase>> PHRASES_BY_FIRST_WORD = PHRASES.entrySet().stream()
            .map(e -> new Phrase(e.getKey().split(" "), e.getValue()))
            .collect(Collectors.groupingBy(p -> p.words()[0].toLowerCase(Locale.ROOT), Collectors.toList()));

    private static Optional<Cue> cueAt(List<Token> tokens, int i) {
        for (Phrase phrase : PHRASES_BY_FIRST_WORD.getOrDefault(tokens.get(i).lowerCase(), List.of())) {
            if (i + phrase.words().length <= tokens.size() && matches(tokens, i, phrase.words())) {
                return Optional.of(new Cue(phrase.stance(), i + phrase.words().length));
            }
        }
        // "no great / high / particular expectations": doubt, whatever the adjective.
        if (i + 2 < tokens.size() && tokens.get(i).text().equalsIgnoreCase("no") && tokens.get(i + 1).is("ADJ")
                && tokens.get(i + 2).text().equalsIgnoreCase("expectations")) {
            return Optional.of(new Cue(Stance.DOUBTS, i + 3));
        }
        Stance stance = VERBS.get(tokens.get(i).lowerCase());
        return stance == null || !(tokens.get(i).is("VERB") || tokens.get(i).is("AUX")) ? Optional.empty() : Optional.of(new Cue(stance, i + 1));
    }

    private static boolean matches(List<Token> tokens, int from, String[] words) {
        for (int k = 0; k < words.length; k++) {
            if (!tokens.get(from + k).text().equalsIgnoreCase(words[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The grammatical subject of the cue, if it names an actor: the words right before the cue
     * (auxiliaries and adverbs between are passed over) must be an actor's mention, or "he"/"she" for
     * the person named last before it. "a resolution that demanded …" has no actor as subject.
     */
    private static Optional<FoundActor> subject(List<Token> tokens, int cue, ActorMentions mentions) {
        int i = cue - 1;
        boolean passive = false;
        while (i >= 0 && isPassedOver(tokens.get(i))) {
            passive |= FORMS_OF_BE.contains(tokens.get(i).lowerCase());
            i--;
        }
        // "was supported by the military", "will be criticized": the subject is who the stance is about.
        if (i < 0 || passive) {
            return Optional.empty();
        }
        Token token = tokens.get(i);
        if (token.text().equalsIgnoreCase("he") || token.text().equalsIgnoreCase("she") || isTheirSide(tokens, i)) {
            return mentions.lastPersonBefore(token.start());
        }
        if (VERB_JOINING_WORDS.contains(token.lowerCase())) {
            int joining = i;
            return firstVerbBefore(tokens, joining).flatMap(verb -> subject(tokens, verb, mentions))
                    .or(() -> nearestVerbBefore(tokens, joining).flatMap(verb -> subject(tokens, verb, mentions)));
        }
        if (token.isOneOf(",") && i > 0) {
            return appositiveBefore(tokens, i, mentions);
        }
        return mentions.covering(token.start(), token.end()).stream().findFirst();
    }

    /**
     * "Kazakhstan's foreign minister, Erlan Idrissov, said", "One of its contractors, Halliburton,
     * warned": the actor named whole between the comma before the verb and the comma before that
     * (titles in capitals may stand before the name: "Gen. Omar Haddad"). Not "Buck McKeon,
     * chairman of the House Armed Services Committee, endorsed" nor "The letter, sent to its chief
     * executive Amara Okafor, demanded": there the name is only part of what stands between the commas.
     */
    private static Optional<FoundActor> appositiveBefore(List<Token> tokens, int comma, ActorMentions mentions) {
        Token last = tokens.get(comma - 1);
        int open = comma - 1;
        while (open > 0 && !tokens.get(open - 1).isOneOf(",")) {
            open--;
        }
        int segmentStart = open;
        return mentions.within(tokens.get(0).start(), last.end()).stream()
                .filter(m -> m.end() == last.end() && onlyCapitalisedBefore(tokens, segmentStart, m.start()))
                .map(ActorMentions.Mention::actor).findFirst();
    }

    private static boolean onlyCapitalisedBefore(List<Token> tokens, int from, int offset) {
        for (int k = from; k < tokens.size() && tokens.get(k).start() < offset; k++) {
            if (!tokens.get(k).isCapitalised()) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> POSSESSIVES = Set.of("his", "her");
    private static final Set<String> SIDES = Set.of("country", "government", "administration", "party", "ministry", "delegation");

    /** "Okafor said his government supported …": the speaker's side holds the position the speaker states. */
    private static boolean isTheirSide(List<Token> tokens, int i) {
        return i > 0 && SIDES.contains(tokens.get(i).lowerCase()) && POSSESSIVES.contains(tokens.get(i - 1).lowerCase());
    }

    private static final Set<String> FORMS_OF_BE = Set.of("is", "are", "was", "were", "be", "been", "being");
    private static final Set<String> VERB_JOINING_WORDS = Set.of("and", "but");

    /**
     * "Norvania backed a quota but opposed the dam", "Okafor said the talks had failed and urged
     * calm": the verb after "and" or "but" shares the subject of the sentence's first verb. The
     * nearest verb before may belong to a clause inside ("Okafor pledged that the firm would pay but
     * insisted …" is Okafor insisting), so it is asked only when the first verb's subject is no
     * actor ("…, Okafor's envoy said his country backed a quota but opposed the dam").
     */
    private static Optional<Integer> firstVerbBefore(List<Token> tokens, int joining) {
        for (int k = 1; k < joining; k++) {
            if (isJoinableVerb(tokens.get(k))) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> nearestVerbBefore(List<Token> tokens, int joining) {
        for (int k = joining - 1; k > 0; k--) {
            if (isJoinableVerb(tokens.get(k))) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    private static boolean isJoinableVerb(Token token) {
        return token.is("VERB") && !token.lowerCase().endsWith("ing");
    }

    private static final Set<String> PASSED_OVER = Set.of("has", "had", "have", "also", "still", "already", "previously", "on",
            "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /** Between a subject and its verb: auxiliaries, adverbs, and a day ("Russia on Saturday vetoed …"). */
    private static boolean isPassedOver(Token token) {
        return token.is("AUX") || token.is("ADV") || token.is("PART") || PASSED_OVER.contains(token.lowerCase());
    }

    /** The words after the cue up to the end of the clause: "an end to the fighting in Aleppo". */
    private static Optional<int[]> issue(List<Token> tokens, int from) {
        int start = from;
        while (start < tokens.size() && LEADING_WORDS.contains(tokens.get(start).lowerCase())) {
            start++;
        }
        // "emphasized the need for an end to …": the issue is what is needed.
        if (start + 2 < tokens.size() && matches(tokens, start, new String[] {"the", "need", "for"})) {
            start += 3;
        }
        if (start >= tokens.size() || !Character.isLetterOrDigit(tokens.get(start).text().charAt(0))) {
            return Optional.empty();
        }
        int end = start;
        while (end < tokens.size() && end - start < LONGEST_ISSUE && !CLAUSE_ENDS.contains(tokens.get(end).lowerCase())
                && !isQuoteMark(tokens.get(end)) && !joinsAnotherVerb(tokens, end)) {
            end++;
        }
        if (end == start || end == start + 1 && NO_ISSUE.contains(tokens.get(start).lowerCase())) {
            return Optional.empty();
        }
        return Optional.of(new int[] {tokens.get(start).start(), tokens.get(end - 1).end()});
    }

    private static final Set<String> SAYING = Set.of("said", "says", "added", "called", "told", "asked");

    /**
     * "welcomed the ceasefire and called on both sides …", "rejected the plan and said …": the issue
     * ends where a verb of saying or of another stance joins it. Not "bad management and cost
     * cutting": any other word after "and" goes on with the issue, whatever the tagger reads it as.
     */
    private static boolean joinsAnotherVerb(List<Token> tokens, int i) {
        if (!VERB_JOINING_WORDS.contains(tokens.get(i).lowerCase()) || i + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(i + 1);
        return (SAYING.contains(next.lowerCase()) || cueAt(tokens, i + 1).isPresent()) && next.is("VERB");
    }

    // "warned it", "rejected them": without the sentence before, a pronoun tells no issue; nor does a lone article or day.
    private static final Set<String> NO_ISSUE = Set.of("it", "its", "him", "her", "them", "this", "that", "these", "those", "a",
            "an", "the", "today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "against", "anyway");

    /** '"', "``", "''", "“", "”": a quotation after the cue is the words said, not the issue's words. */
    private static boolean isQuoteMark(Token token) {
        String text = token.text();
        return text.equals("``") || text.equals("''") || token.isOneOf("\"“”");
    }
}
