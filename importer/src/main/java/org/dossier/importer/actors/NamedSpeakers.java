package org.dossier.importer.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.core.actor.ActorKind;
import org.dossier.importer.text.AnalysedText;
import org.dossier.importer.text.Sentence;
import org.dossier.importer.text.Token;

/**
 * Speakers the text names but actor finding missed, because no title introduced them: "Mr Hayward
 * said", "said Doug Suttles", "Human Rights Watch said", "BP said". Each becomes an actor of the
 * article, with the speaker's words as its mention, so that its statements keep their speaker when
 * stored. A speaker is a name when its phrase ends in capitalised name words; the name is that run,
 * less any courtesy title ("Mr", "Ms") before it.
 *
 * <p>Left alone: pronouns and common nouns ("officials", "the company"). Kinds: a courtesy title or
 * two to four words make a person, unless a word says organisation ("Watch", "Agency", "Guard"); an
 * acronym is an organisation. A lone capitalised word ("Transocean said", "Hayward said") may be a
 * firm or a surname: it is the surname of a person of the article if there is one, else the
 * pronoun that takes it up next in the sentence says which ("Transocean said its …", "Hayward said
 * he …"); with neither it is left alone.
 */
public final class NamedSpeakers {

    // Places say nothing: "Tahrir Square said" is a crowd, a correspondent or a mistake, not an actor to keep.
    private static final Set<String> PLACE_WORDS = Set.of("airport", "avenue", "bay", "bridge", "gulf", "hospital", "hotel",
            "island", "palace", "park", "river", "road", "sea", "square", "stadium", "street", "valley");
    // Capitals that are not an organisation's initials.
    private static final Set<String> NOT_ACRONYMS = Set.of("AM", "PM", "OK", "ID", "II", "III", "IV");
    // "the Office for the Coordination of Humanitarian Affairs": a run after these is the tail of a longer name.
    private static final Set<String> NAME_LINKS = Set.of("of", "for", "and", "&", "de", "du");
    private static final int LONGEST_PERSON_NAME = 4;

    private final Gazetteer gazetteer;

    public NamedSpeakers(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public NamedSpeakers() {
        this(Gazetteer.standard());
    }

    /**
     * The mentions of the article's actors, with the actors named by the speaker spans ([start, end)
     * in the cleaned text) added. Indexed once when no speaker names anybody new, as in most articles.
     */
    public ActorMentions addTo(List<FoundActor> found, AnalysedText text, List<int[]> speakers) {
        ActorMentions known = ActorMentions.of(found);
        Map<String, FoundActor.Builder> named = new LinkedHashMap<>();
        List<LoneWord> loneWords = new ArrayList<>();
        for (int[] speaker : speakers) {
            Optional<Sentence> sentence = text.sentenceAt(speaker[0]);
            if (sentence.isPresent()) {
                name(sentence.get(), tokensWithin(sentence.get(), speaker[0], speaker[1]), known, named, loneWords);
            }
        }
        for (LoneWord lone : loneWords) {
            Token word = lone.word();
            if (isTheSurnameOfAFoundPerson(word.text(), found)) {
                continue; // actor finding already gave that person this word's mentions
            }
            surnameOf(word.text(), named).or(() -> kindByPronoun(lone, text.text()).map(kind -> named.computeIfAbsent(word.text(),
                    n -> new FoundActor.Builder(n, kind)))).ifPresent(actor -> actor.mention(word.start(), word.end()));
        }
        if (named.isEmpty()) {
            return known;
        }
        namedAgain(text, named, known);
        List<FoundActor> all = new ArrayList<>(found);
        named.values().forEach(actor -> all.add(actor.build()));
        return ActorMentions.of(all);
    }

    /** "The IFRC said …": the article's other mentions of a one-word organisation named as a speaker are its too. */
    private static void namedAgain(AnalysedText text, Map<String, FoundActor.Builder> named, ActorMentions known) {
        Map<String, FoundActor.Builder> organisations = new HashMap<>();
        named.values().stream().filter(actor -> actor.kind() == ActorKind.ORGANISATION && actor.name().indexOf(' ') < 0)
                .forEach(actor -> organisations.put(actor.name(), actor));
        if (organisations.isEmpty()) {
            return;
        }
        for (Sentence sentence : text.sentences()) {
            for (Token token : sentence.tokens()) {
                FoundActor.Builder organisation = organisations.get(NameReader.nameIn(token));
                if (organisation != null && known.overlapping(token.start(), NameReader.nameEndIn(token)).isEmpty()) {
                    organisation.mention(token.start(), NameReader.nameEndIn(token));
                }
            }
        }
    }

    /** A country's or organisation's name in the speaker's name; not "Chad" of "Chad Myers", a first name there. */
    private boolean isKnownName(Token word, List<Token> name) {
        boolean firstName = word == name.get(0) && name.size() > 1 && gazetteer.isAlsoAFirstName(word.text());
        return gazetteer.name(word.text()).isPresent() && !firstName;
    }

    private record LoneWord(Token word, Sentence sentence) {
    }

    private void name(Sentence sentence, List<Token> phrase, ActorMentions known, Map<String, FoundActor.Builder> named,
            List<LoneWord> loneWords) {
        int start = phrase.size();
        // "BP's Kent Wells": the name is after the possessive.
        while (start > 0 && NameReader.isNameWord(phrase.get(start - 1)) && !phrase.get(start - 1).is("ADV")
                && !phrase.get(start - 1).isPossessive()) {
            start--;
        }
        boolean courtesy = false;
        for (int i = start; i < phrase.size(); i++) {
            if (isCourtesyOrTitle(phrase.get(i))) {
                courtesy |= NameReader.COURTESY_TITLES.contains(phrase.get(i).lowerCase());
                start = i + 1;
            }
        }
        List<Token> name = phrase.subList(start, phrase.size());
        // A name actor finding found is known; "BP's Kent Wells" is not known for BP's being so.
        if (name.isEmpty() || !known.overlapping(name.get(0).start(), name.get(name.size() - 1).end()).isEmpty()
                || (start > 0 && NAME_LINKS.contains(phrase.get(start - 1).lowerCase()))
                || name.stream().anyMatch(word -> isKnownName(word, name) || PLACE_WORDS.contains(word.lowerCase()))) {
            return;
        }
        Optional<ActorKind> kind = kindOf(name, courtesy);
        if (kind.isEmpty()) {
            if (name.size() == 1) {
                loneWords.add(new LoneWord(name.get(0), sentence));
            }
            return;
        }
        String words = NameReader.words(name, 0, name.size());
        named.computeIfAbsent(words, n -> new FoundActor.Builder(n, kind.get()))
                .mention(name.get(0).start(), name.get(name.size() - 1).end());
    }

    private static Optional<ActorKind> kindOf(List<Token> name, boolean courtesy) {
        if (name.stream().anyMatch(word -> OrganisationWords.contains(word.lowerCase()))) {
            // "state TV", "the Police": a kind of organisation, not one by name.
            return name.size() > 1 ? Optional.of(ActorKind.ORGANISATION) : Optional.empty();
        }
        if (name.size() == 1 && NameReader.isAcronym(name.get(0).text()) && !NOT_ACRONYMS.contains(name.get(0).text())) {
            return Optional.of(ActorKind.ORGANISATION);
        }
        if (courtesy || (name.size() >= 2 && name.size() <= LONGEST_PERSON_NAME)) {
            return Optional.of(ActorKind.PERSON);
        }
        return Optional.empty();
    }

    private boolean isCourtesyOrTitle(Token word) {
        return NameReader.COURTESY_TITLES.contains(word.lowerCase()) || gazetteer.isTitle(word.text());
    }

    private static boolean isTheSurnameOfAFoundPerson(String word, List<FoundActor> found) {
        return found.stream().anyMatch(actor -> actor.kind() == ActorKind.PERSON && actor.surname().equals(word));
    }

    /** The one person named as a speaker whose last name this is. */
    private static Optional<FoundActor.Builder> surnameOf(String word, Map<String, FoundActor.Builder> named) {
        List<FoundActor.Builder> people = named.values().stream()
                .filter(actor -> actor.kind() == ActorKind.PERSON && actor.surname().equals(word))
                .toList();
        return people.size() == 1 ? Optional.of(people.get(0)) : Optional.empty();
    }

    // Not "it": "Cameron said it had been a hard week" stands for nobody.
    private static final Map<String, ActorKind> PRONOUN_KINDS = Map.of("its", ActorKind.ORGANISATION,
            "he", ActorKind.PERSON, "his", ActorKind.PERSON, "him", ActorKind.PERSON, "she", ActorKind.PERSON, "her", ActorKind.PERSON);
    // Close enough to be the word's own clause: "BP said on Tuesday that it had …".
    private static final int PRONOUN_REACH = 8;

    /**
     * The kind the next third-person pronoun after the word gives it, within reach and outside
     * quotation marks (a quote speaks of others in its own voice): "its" an organisation; "he",
     * "she", "his", "her" a person.
     */
    private static Optional<ActorKind> kindByPronoun(LoneWord lone, String text) {
        Token word = lone.word();
        if (!word.is("PROPN") || !word.text().chars().allMatch(Character::isLetter) || isWrittenInLowerCase(word.lowerCase(), text)) {
            return Optional.empty(); // "Refugees said he …": a capital opening the sentence names nobody
        }
        List<Token> tokens = lone.sentence().tokens();
        int at = tokens.indexOf(word);
        for (int i = at + 1; i < tokens.size() && i <= at + PRONOUN_REACH; i++) {
            Token token = tokens.get(i);
            if (token.text().equals("\"")) {
                break;
            }
            ActorKind kind = PRONOUN_KINDS.get(token.lowerCase());
            if (kind != null) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The word stands in the text in lower case too, as a common word does and a name does not ("refugees"). */
    private static boolean isWrittenInLowerCase(String lowerCase, String text) {
        for (int at = text.indexOf(lowerCase); at >= 0; at = text.indexOf(lowerCase, at + 1)) {
            int end = at + lowerCase.length();
            if ((at == 0 || !Character.isLetter(text.charAt(at - 1))) && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static List<Token> tokensWithin(Sentence sentence, int start, int end) {
        List<Token> within = new ArrayList<>();
        for (Token token : sentence.tokens()) {
            if (token.start() >= start && token.end() <= end) {
                within.add(token);
            }
        }
        return within;
    }
}
