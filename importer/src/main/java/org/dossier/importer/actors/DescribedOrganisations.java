package org.dossier.importer.actors;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dossier.importer.text.Dashes;
import org.dossier.importer.text.Token;

/**
 * Organisations named right after a noun that says what kind of body they are, as a title says it
 * of a person: "aircraft manufacturer Boeing", "German airline Lufthansa", "news agency Xinhua",
 * "European airframer, Airbus,". Most firms are named bare ("Boeing said"); such a description, once
 * in an article, is what tells a firm from a surname, and the article's other mentions of a one-word
 * name follow from it.
 */
final class DescribedOrganisations {

    // Nouns for kinds of firm or body, not for people's jobs: "producer", "publisher" and "rival" name persons as often,
    // "carrier" ships ("the carrier USS Enterprise").
    private static final Set<String> DESCRIPTIONS = Set.of("airline", "airframer", "automaker", "bank", "broadcaster", "carmaker",
            "chain", "chipmaker", "company", "conglomerate", "corporation", "drugmaker", "firm", "giant", "insurer",
            "lender", "maker", "manufacturer", "newspaper", "regulator", "retailer", "subsidiary", "agency", "watchdog");

    private final NameReader names;
    private final Gazetteer gazetteer;

    DescribedOrganisations(NameReader names, Gazetteer gazetteer) {
        this.names = names;
        this.gazetteer = gazetteer;
    }

    /** The tokens [start, end) of the organisation a description at {@code i} names, if one does. */
    Optional<int[]> namedAfter(List<Token> tokens, int i) {
        // Words first: most tokens are no description, and their sentence need not be tagged for this.
        if (tokens.get(i).isCapitalised() || !DESCRIPTIONS.contains(tokens.get(i).lowerCase())) {
            return Optional.empty();
        }
        int start = i + 1 < tokens.size() && tokens.get(i + 1).text().equals(",") ? i + 2 : i + 1;
        if (start >= tokens.size() || !tokens.get(start).isCapitalised() || !isAName(tokens, start)) {
            return Optional.empty();
        }
        int end = hyphenatedRunEnd(tokens, start);
        boolean set = start == i + 2;
        if (names.titleEnd(tokens, end) > end || modifiesANoun(tokens, end) || set && !closesAnApposition(tokens, end)) {
            // "airline Ryanair CEO Michael O'Leary" (an employee, the title rules' to read), "the company Obama
            // administration officials …" (a name as a modifier), "the firm, Rear Adm Watson said" (a new clause).
            return Optional.empty();
        }
        return Optional.of(new int[] {start, end});
    }

    /** The word at {@code start} may open a firm's name: no courtesy title, day, title or known place or body. */
    private boolean isAName(List<Token> tokens, int start) {
        String word = tokens.get(start).lowerCase();
        return !NameReader.COURTESY_TITLES.contains(word) && !NameReader.CALENDAR_WORDS.contains(word)
                && names.titleEnd(tokens, start) == start && gazetteer.name(tokens.get(start).text()).isEmpty()
                && NameReader.isProperWord(tokens.get(start));
    }

    /** "Al-Ahram": the tokenizer splits a hyphenated name; its parts are written together. */
    private static int hyphenatedRunEnd(List<Token> tokens, int start) {
        int end = NameReader.capitalisedRunEnd(tokens, start);
        while (end < tokens.size() && Dashes.isJoiningHyphen(tokens, end) && tokens.get(end + 1).isCapitalised()) {
            end = NameReader.capitalisedRunEnd(tokens, end + 1);
        }
        return end;
    }

    private static boolean modifiesANoun(List<Token> tokens, int end) {
        return end < tokens.size() && !tokens.get(end).isCapitalised() && tokens.get(end).is("NOUN");
    }

    /** "European airframer, Airbus, has won …": a name set off by commas ends at a comma or the sentence's end. */
    private static boolean closesAnApposition(List<Token> tokens, int end) {
        return end == tokens.size() || tokens.get(end).isOneOf(",.;");
    }
}
