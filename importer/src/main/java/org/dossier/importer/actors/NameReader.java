package org.dossier.importer.actors;

import java.util.List;
import java.util.Set;
import org.dossier.core.actor.ActorKind;
import org.dossier.importer.text.Abbreviations;
import org.dossier.importer.text.Dashes;
import org.dossier.importer.text.Token;

/**
 * Reads names and titles off an article's tokens: where a gazetteer name, a title or a personal
 * name starting at a token ends, and the words as written. Knows nothing of what the names are
 * used for; {@link ActorFinder} assembles actors from them.
 */
final class NameReader {

    static final Set<String> NAME_PARTICLES = Set.of("de", "da", "di", "du", "del", "van", "von", "al", "el", "bin", "ibn", "le", "la");
    static final Set<String> TITLE_LINKS = Set.of("for", "to", "on", "of");
    static final Set<String> COURTESY_TITLES = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "sir", "dame");
    static final int LONGEST_NAME = 5;
    // "the company Monday said", "Congress on Wednesday": days and months are capitalised, and name nobody.
    static final Set<String> CALENDAR_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december");

    // "Network Chief On Ratings:", "Mayor In Talks With Union": headlines capitalise prepositions, which begin and
    // continue nobody's name. "To" is left out: it is a Vietnamese family name.
    static final Set<String> PREPOSITIONS = Set.of("on", "in", "at", "for", "with", "from", "by", "about", "after", "before", "over",
            "under", "against", "into", "amid", "despite", "without");

    private final Gazetteer gazetteer;

    NameReader(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    static int capitalisedRunEnd(List<Token> tokens, int i) {
        int end = i;
        while (end < tokens.size() && end - i < LONGEST_NAME && isNameWord(tokens.get(end))) {
            end++;
        }
        return end;
    }

    static boolean startsACapitalisedRun(List<Token> tokens, int i) {
        return i < tokens.size() && isProperWord(tokens.get(i)) && (i == 0 || !isProperWord(tokens.get(i - 1)));
    }

    static boolean isProperWord(Token token) {
        return isNameWord(token) && !token.is("ADV") && !token.is("ADP");
    }

    /** The end of the longest gazetteer name starting at {@code i}, or {@code i}. */
    int knownNameEnd(List<Token> tokens, int i) {
        // Every known name starts with a capital ("U.S.", "UN", "Saudi Arabia"): most tokens are spared the look-ups.
        if (i >= tokens.size() || !tokens.get(i).isCapitalised() || !gazetteer.mayStartAName(tokens.get(i).text())) {
            return i;
        }
        for (int end = Math.min(tokens.size(), i + gazetteer.longestName()); end > i; end--) {
            // "Russia's foreign minister": the name with its possessive.
            if (gazetteer.name(words(tokens, i, end)).isPresent()
                    || tokens.get(end - 1).isPossessive() && gazetteer.name(nameIn(tokens, i, end)).isPresent()) {
                return end;
            }
        }
        return i;
    }

    /** The words [from, to) without the possessive of the last: "Saudi Arabia" of "Saudi Arabia's". */
    static String nameIn(List<Token> tokens, int from, int to) {
        String words = words(tokens, from, to);
        return tokens.get(to - 1).isPossessive() ? words.substring(0, words.length() - "'s".length()) : words;
    }

    /** The end of the longest title at {@code i}, extended by "for Syria"-like complements; or {@code i}. */
    int titleEnd(List<Token> tokens, int i) {
        int end = i;
        if (i >= tokens.size() || !gazetteer.startsATitle(tokens.get(i).lowerCase())) {
            return i;
        }
        for (int candidate = Math.min(tokens.size(), i + gazetteer.longestTitle()); candidate > i; candidate--) {
            if (gazetteer.isTitle(words(tokens, i, candidate))) {
                end = candidate;
                break;
            }
        }
        if (end > i && end + 1 < tokens.size() && TITLE_LINKS.contains(tokens.get(end).text())) {
            int place = knownNameEnd(tokens, end + 1);
            if (place > end + 1) {
                end = place;
            }
        }
        return end;
    }

    /** The end of a personal name starting at {@code i}: capitalised words, with particles such as "de" inside. */
    int nameEnd(List<Token> tokens, int i) {
        int end = i;
        int words = 0;
        while (end < tokens.size() && words < LONGEST_NAME) {
            Token token = tokens.get(end);
            boolean particle = NAME_PARTICLES.contains(token.text()) && end + 1 < tokens.size()
                    && (tokens.get(end + 1).isCapitalised() || Dashes.isJoiningHyphen(tokens, end + 1));
            if (end > i && Dashes.isJoiningHyphen(tokens, end)) {
                end++;
                continue;
            }
            if (end > i && isMiddleInitial(tokens, end)) {
                end += 2; // "D." of "Timothy D. Cook": the tokenizer leaves the full stop apart
                continue;
            }
            if (!(particle || isNameWord(token)) || gazetteer.name(token.text()).isPresent() && !isAFirstNameLikeAPlace(tokens, end, i)
                    || gazetteer.isTitle(token.text())
                    || COURTESY_TITLES.contains(token.lowerCase()) || PREPOSITIONS.contains(token.lowerCase())) {
                break;
            }
            end++;
            words++;
        }
        boolean initials = end == i + 1 && isAcronym(tokens.get(i).text()); // "the official GOP response", "spokesman BP"
        return end > i && isNameWord(tokens.get(end - 1)) && !initials ? end : i;
    }

    /**
     * "Foreign Minister Sofia Paredes", "Israel Katz": a place's name opening a name, before a name
     * word that is no place or title, is a first name (the capital is "Sofia" alone, or "Sofia's").
     */
    private boolean isAFirstNameLikeAPlace(List<Token> tokens, int at, int nameStart) {
        if (at != nameStart || at + 1 >= tokens.size() || tokens.get(at).isPossessive() || !isAPlaceName(tokens.get(at).text())) {
            return false;
        }
        Token next = tokens.get(at + 1);
        // Not "the official Athens News Agency": a name going on into an organisation's word is the organisation's.
        return isNameWord(next) && gazetteer.name(nameIn(next)).isEmpty() && !gazetteer.isTitle(next.text())
                && !OrganisationWords.contains(next.lowerCase());
    }

    /**
     * A country or a city standing for one ("Sofia"), written out as a place: not a nationality
     * ("Brazilian" opens "Brazilian World Cup winner"), not initials ("US").
     */
    private boolean isAPlaceName(String word) {
        return gazetteer.name(word).filter(entry -> entry.kind() == ActorKind.COUNTRY && entry.use() != Gazetteer.Use.DEMONYM).isPresent()
                && !isAcronym(word);
    }

    /** "BP", "GOP", "IFRC": two to six capitals, an organisation's initials rather than anybody's name. */
    static boolean isAcronym(String word) {
        return word.length() >= 2 && word.length() <= 6 && word.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    /** The name a token spells, less any possessive: "Boeing's" is Boeing. */
    static String nameIn(Token token) {
        return token.isPossessive() ? token.text().substring(0, token.text().length() - "'s".length()) : token.text();
    }

    /** Where the name a token spells ends: before its possessive. */
    static int nameEndIn(Token token) {
        return token.isPossessive() ? token.end() - "'s".length() : token.end();
    }

    static boolean isNameWord(Token token) {
        return token.isCapitalised() && Character.isLetter(token.text().charAt(0)) && !token.is("VERB") && !token.is("AUX")
                && !token.is("PRON") && !token.is("DET") && !token.is("CCONJ") && !token.is("SCONJ");
    }

    /** The tokens' words as written: "Mensah-Bonsu" stays joined, separate words get one space. */
    static String words(List<Token> tokens, int from, int to) {
        StringBuilder words = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from && tokens.get(i).start() > tokens.get(i - 1).end()) {
                words.append(' ');
            }
            words.append(tokens.get(i).text());
        }
        return words.toString();
    }

    /** A capital letter and its full stop, touching, with a capitalised word after: "F." in "John F. Kerry". */
    private static boolean isMiddleInitial(List<Token> tokens, int i) {
        return Abbreviations.isInitialAt(tokens, i) && i + 2 < tokens.size() && tokens.get(i + 2).isCapitalised();
    }
}
