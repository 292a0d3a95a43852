package org.dossier.importer.actors;

import static org.dossier.importer.actors.NameReader.CALENDAR_WORDS;
import static org.dossier.importer.actors.NameReader.COURTESY_TITLES;
import static org.dossier.importer.actors.NameReader.LONGEST_NAME;
import static org.dossier.importer.actors.NameReader.NAME_PARTICLES;
import static org.dossier.importer.actors.NameReader.TITLE_LINKS;
import static org.dossier.importer.actors.NameReader.capitalisedRunEnd;
import static org.dossier.importer.actors.NameReader.isNameWord;
import static org.dossier.importer.actors.NameReader.isProperWord;
import static org.dossier.importer.actors.NameReader.startsACapitalisedRun;
import static org.dossier.importer.actors.NameReader.words;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.dossier.core.actor.ActorKind;
import org.dossier.importer.text.AnalysedText;
import org.dossier.importer.text.Dashes;
import org.dossier.importer.text.Sentence;
import org.dossier.importer.text.Token;

/**
 * Finds the actors of one article and every place it mentions them:
 * <ol>
 *   <li>titled people: [affiliation] title name — "Russian Foreign Minister Sergey Lavrov",
 *       "UN special envoy for Syria Staffan de Mistura", "State Department deputy spokesman Mark Toner";
 *       or a name with its title in apposition: "Tony Hayward, the chief executive of BP,", "Sergey
 *       Lavrov, Russia's foreign minister,";</li>
 *   <li>countries (by name, demonym, or capital standing for the government) and organisations, from the
 *       {@link Gazetteer};</li>
 *   <li>then, within the article, a surname ("Lavrov") or a title without a name ("the Russian foreign
 *       minister") refers back to the person first named with it.</li>
 * </ol>
 * Offsets are those of the cleaned text.
 */
public class ActorFinder {


    private final Gazetteer gazetteer;
    private final NameReader names;
    private final DescribedOrganisations described;

    public ActorFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.names = new NameReader(gazetteer);
        this.described = new DescribedOrganisations(names, gazetteer);
    }

    public ActorFinder() {
        this(Gazetteer.standard());
    }

    public List<FoundActor> find(AnalysedText text) {
        return find(text, KnownOrganisations.none());
    }

    /** The actors of the text, where a one-word organisation earlier articles established is recognised when named bare. */
    public List<FoundActor> find(AnalysedText text, KnownOrganisations known) {
        Map<String, FoundActor.Builder> actors = new LinkedHashMap<>();
        // Names already found, per sentence: a word inside one ("Lavrov" in "Sergey Lavrov") is not a second mention.
        List<List<int[]>> taken = new ArrayList<>();
        List<TitleReference> titleReferences = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            List<int[]> named = new ArrayList<>();
            scan(sentence.tokens(), actors, named, titleReferences);
            taken.add(named);
        }
        Map<String, List<FoundActor.Builder>> bySurname = peopleBySurname(actors);
        Map<String, FoundActor.Builder> oneWordOrganisations = oneWordOrganisations(actors);
        Function<String, FoundActor.Builder> knownBefore = knownBefore(text, known, actors, bySurname);
        for (int i = 0; i < text.sentences().size(); i++) {
            surnames(text.sentences().get(i).tokens(), bySurname, taken.get(i));
            if (!oneWordOrganisations.isEmpty() || !known.isEmpty()) {
                namedAgain(text.sentences().get(i).tokens(), oneWordOrganisations, knownBefore, taken.get(i));
            }
        }
        resolveTitleReferences(titleReferences, actors);
        List<int[]> credits = Credits.in(text.text());
        return actors.values().stream().map(FoundActor.Builder::build).map(actor -> actor.withoutMentionsIn(credits))
                .filter(actor -> !actor.mentions().isEmpty()).toList();
    }

    private record TitleReference(int start, int end, String title, String affiliation) {
    }

    /** A country or organisation named at a point of the text, and where its name ends. */
    private record Affiliation(String name, ActorKind kind, int end) {
    }

    private void scan(List<Token> tokens, Map<String, FoundActor.Builder> actors, List<int[]> taken, List<TitleReference> references) {
        int i = 0;
        while (i < tokens.size()) {
            Optional<Affiliation> affiliation = affiliationAt(tokens, i);
            int affiliationEnd = affiliation.map(Affiliation::end).orElse(i);
            int afterPerson = titledPerson(tokens, i, affiliation, actors, references);
            if (afterPerson > i) {
                taken.add(new int[] {tokens.get(i).start(), tokens.get(afterPerson - 1).end()});
                i = afterPerson;
                continue;
            }
            if (affiliation.isPresent()) {
                affiliate(actors, affiliation.get()).mention(tokens.get(i).start(), tokens.get(affiliationEnd - 1).end());
                taken.add(new int[] {tokens.get(i).start(), tokens.get(affiliationEnd - 1).end()});
                i = affiliationEnd;
            } else {
                i = Math.max(i + 1, Math.max(Math.max(courtesy(tokens, i, actors, taken), appositive(tokens, i, actors, taken)),
                        describedOrganisation(tokens, i, actors, taken)));
            }
        }
    }

    /**
     * A person named with a title at {@code i}, with the affiliation before the title ("Russian Foreign
     * Minister Sergey Lavrov", "UN special envoy for Syria Staffan de Mistura") or named between commas
     * after it ("the UN envoy, Amadou Diallo,"): recorded, and the index after the name returned. Else
     * {@code i}; a title after a determiner then is a reference ("the Russian foreign minister"),
     * resolved once the article's people are known.
     */
    private int titledPerson(List<Token> tokens, int i, Optional<Affiliation> affiliation, Map<String, FoundActor.Builder> actors,
            List<TitleReference> references) {
        int affiliationEnd = affiliation.map(Affiliation::end).orElse(i);
        int titleEnd = names.titleEnd(tokens, affiliationEnd);
        if (titleEnd == affiliationEnd) {
            return i;
        }
        String affiliationName = affiliation.map(Affiliation::name).orElse(null);
        int nameEnd = names.nameEnd(tokens, titleEnd);
        Optional<NameInCommas> inCommas = nameEnd > titleEnd ? Optional.empty() : nameInCommasAfter(tokens, titleEnd);
        if (nameEnd == titleEnd && inCommas.isEmpty()) {
            if (i > 0 && tokens.get(i - 1).is("DET")) {
                references.add(new TitleReference(tokens.get(i - 1).start(), tokens.get(titleEnd - 1).end(),
                        words(tokens, affiliationEnd, titleEnd).toLowerCase(Locale.ROOT), affiliationName));
            }
            return i;
        }
        int nameStart = titleEnd;
        if (inCommas.isPresent()) {
            titleEnd = inCommas.get().comma();
            nameStart = titleEnd + 1;
            nameEnd = inCommas.get().nameEnd();
        }
        Optional<TitleComplement> ofWhom = complementAffiliation(tokens, affiliationEnd, titleEnd, actors);
        if (affiliation.isEmpty() && ofWhom.isPresent()) {
            // "the director general of the World Health Organization, Margaret Chan": the organisation is her affiliation.
            affiliationName = ofWhom.get().affiliation().name();
            titleEnd = ofWhom.get().link();
        }
        actors.computeIfAbsent(words(tokens, nameStart, nameEnd), n -> new FoundActor.Builder(n, ActorKind.PERSON))
                .title(words(tokens, affiliationEnd, titleEnd).toLowerCase(Locale.ROOT), affiliationName)
                .mention(tokens.get(i).start(), tokens.get(nameEnd - 1).end());
        affiliation.ifPresent(a -> affiliate(actors, a).mention(tokens.get(i).start(), tokens.get(affiliationEnd - 1).end()));
        return nameEnd;
    }

    /** After a title and its complement ("for the Kolo basin"), the comma that opens the name, and where the name ends. */
    private record NameInCommas(int comma, int nameEnd) {
    }

    /** "of" at {@code link}, and the affiliation it names. */
    private record TitleComplement(int link, Affiliation affiliation) {
    }

    /**
     * The countries and organisations named in a title's words [{@code from}, {@code to}) after "of",
     * "for" or "to" ("director general of the World Health Organization", "envoy for Syria",
     * "ambassador to the United Nations", "chief executive of the British oil company"), recorded as
     * mentioned: they stay actors of the article. One that ends the title after "of" is the person's
     * affiliation; an ambassador to the United Nations is not of it.
     */
    private Optional<TitleComplement> complementAffiliation(List<Token> tokens, int from, int to, Map<String, FoundActor.Builder> actors) {
        int link = from + 1;
        while (link < to && !TITLE_COMPLEMENT_LINKS.contains(tokens.get(link).text())) {
            link++;
        }
        Optional<TitleComplement> ofWhom = Optional.empty();
        int k = link + 1;
        while (k < to) {
            Optional<Affiliation> named = affiliationAt(tokens, k);
            if (named.isEmpty() && k == to - 1 && NameReader.isAcronym(tokens.get(k).text())) {
                named = Optional.of(new Affiliation(tokens.get(k).text(), ActorKind.ORGANISATION, to)); // "executive director of WFP"
            }
            if (named.isEmpty() || named.get().end() > to) {
                k++;
                continue;
            }
            affiliate(actors, named.get()).mention(tokens.get(k).start(), tokens.get(named.get().end() - 1).end());
            if (named.get().end() == to && tokens.get(link).lowerCase().equals("of")) {
                ofWhom = Optional.of(new TitleComplement(link, named.get()));
            }
            k = named.get().end();
        }
        return ofWhom;
    }

    private static final Set<String> TITLE_COMPLEMENT_LINKS = Set.of("for", "of", "to", "on");
    private static final int LONGEST_TITLE_COMPLEMENT = 6;

    /**
     * "The UN envoy, Amadou Diallo, said", "Norway's foreign minister, Petra Halvorsen, said", "the
     * special envoy for the Kolo basin, Amadou Diallo.": the name set off by commas right after its
     * title, or after the title's complement, and closed by a comma before a word in lower case, or
     * by the sentence's end.
     */
    private Optional<NameInCommas> nameInCommasAfter(List<Token> tokens, int titleEnd) {
        int comma = titleEnd;
        if (comma < tokens.size() && TITLE_COMPLEMENT_LINKS.contains(tokens.get(comma).lowerCase())) {
            comma++;
            while (comma < tokens.size() && comma - titleEnd <= LONGEST_TITLE_COMPLEMENT && !tokens.get(comma).text().equals(",")
                    && (tokens.get(comma).is("DET") || tokens.get(comma).is("ADJ") || tokens.get(comma).is("NOUN")
                            || tokens.get(comma).is("PROPN"))) {
                comma++;
            }
        }
        if (comma == titleEnd + 1 || comma >= tokens.size() - 1 || !tokens.get(comma).text().equals(",")) {
            return Optional.empty();
        }
        int nameEnd = names.nameEnd(tokens, comma + 1);
        // Not "Maj." of "Maj. Gen. Adnan Dmeiri"; not a list ("Bishop, Jane Morrow, Tom Ashby and …").
        boolean closed = nameEnd >= tokens.size() - 1 || tokens.get(nameEnd).isOneOf(",;") && !tokens.get(nameEnd + 1).isCapitalised();
        return nameEnd > comma + 1 && closed ? Optional.of(new NameInCommas(comma, nameEnd)) : Optional.empty();
    }

    /**
     * What is named at {@code i}: an organisation by the word its name ends in ("Singapore
     * Airlines", "Ministry of Defence"), else a gazetteer name, else an organisation that precedes a
     * titled person ("Boeing spokesman Todd Blecher").
     */
    private Optional<Affiliation> affiliationAt(List<Token> tokens, int i) {
        int organisation = organisationNameEnd(tokens, i);
        if (organisation > i) {
            return Optional.of(new Affiliation(words(tokens, i, organisation), ActorKind.ORGANISATION, organisation));
        }
        int known = names.knownNameEnd(tokens, i);
        if (known > i) {
            Gazetteer.Entry entry = gazetteer.name(NameReader.nameIn(tokens, i, known)).orElseThrow();
            // "Moscow said" is the Russian government; "talks in Moscow" are at a place.
            boolean capitalAsPlace = entry.use() == Gazetteer.Use.CAPITAL && i > 0
                    && PLACE_PREPOSITIONS.contains(tokens.get(i - 1).lowerCase());
            // "Chad Myers", "Jordan Henderson": a first name, before a surname.
            boolean firstName = known == i + 1 && gazetteer.isAlsoAFirstName(tokens.get(i).text())
                    && known < tokens.size() && names.nameEnd(tokens, i) > known;
            return capitalAsPlace || firstName ? Optional.empty() : Optional.of(new Affiliation(entry.canonical(), entry.kind(), known));
        }
        int employer = employerEnd(tokens, i, true);
        if (employer > i) {
            return Optional.of(new Affiliation(words(tokens, i, employer), ActorKind.ORGANISATION, employer));
        }
        return Optional.empty();
    }

    // "between Moscow and Washington", "talks with Moscow" are the governments; these tell a place.
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "to", "near", "outside", "inside", "into",
            "across", "around", "toward", "towards", "via");

    // "the Government of Mexico" is Mexico's government: the country.
    private static final Set<String> GOVERNMENT_WORDS = Set.of("Government", "Republic", "Kingdom", "State", "People");

    private static final int LONGEST_ORGANISATION = 5;

    /** "Turkish Airlines to Tripoli": a known place after "to" is where, not part of the name ("Coalition to Restore …" is). */
    private boolean isToAPlace(List<Token> tokens, int link) {
        return tokens.get(link).text().equals("to") && names.knownNameEnd(tokens, link + 1) > link + 1;
    }

    // Places whose last word is an organisation's.
    private static final Set<String> NOT_ORGANISATIONS = Set.of("West Bank", "Left Bank", "Oval Office");
    private static final Set<String> ORGANISATION_LINKS = Set.of("and", "&");

    /** The end of a capitalised name starting at {@code i} whose last word says organisation, or {@code i}. */
    private int organisationNameEnd(List<Token> tokens, int i) {
        if (!mayEndInAnOrganisationWord(tokens, i) || !startsACapitalisedRun(tokens, i) || startsAKnownOrganisation(tokens, i)) {
            return i;
        }
        int end = i;
        int organisationEnd = i;
        while (end < tokens.size() && end - i < LONGEST_ORGANISATION && !gazetteer.isTitle(tokens.get(end).text())
                && (isProperWord(tokens.get(end)) || isLinkInAName(tokens, end))) {
            end++;
            if (OrganisationWords.contains(tokens.get(end - 1).lowerCase()) && !joinsALoneBody(tokens, end - 1)) {
                organisationEnd = end;
            }
        }
        // "Ministry of Defence", "Bank of America", "International Organization for Migration"; not "Congress on Wednesday"
        if (organisationEnd > i && organisationEnd + 1 < tokens.size() && TITLE_LINKS.contains(tokens.get(organisationEnd).text())
                && !GOVERNMENT_WORDS.contains(words(tokens, i, organisationEnd)) && !isToAPlace(tokens, organisationEnd)
                && isProperWord(tokens.get(organisationEnd + 1)) && !CALENDAR_WORDS.contains(tokens.get(organisationEnd + 1).lowerCase())
                && OrganisationWords.contains(tokens.get(organisationEnd - 1).lowerCase())) {
            int of = organisationEnd + 1;
            while (of < tokens.size() && of - organisationEnd <= 3 && isProperWord(tokens.get(of))) {
                of++;
            }
            organisationEnd = of;
        }
        if (organisationEnd - i < 2 || NOT_ORGANISATIONS.contains(words(tokens, i, organisationEnd))) {
            return i; // "Police", "Ministry" alone name no organisation in particular
        }
        for (int k = i; k < organisationEnd; k++) {
            // "US State Department": the gazetteer's State Department, with its country; "Russian Federation" is Russia.
            // But "Bank of Japan" is a bank.
            Optional<Gazetteer.Entry> known = gazetteer.name(words(tokens, k, organisationEnd));
            if (known.isPresent() && (k == i || known.get().kind() == ActorKind.ORGANISATION)) {
                return i;
            }
        }
        return organisationEnd;
    }

    // A firm's own last words after "and": "Oppenheimer and Co", "Mitsui & Co".
    private static final Set<String> PARTNERS_SUFFIXES = Set.of("co", "co.", "company", "sons", "partners");

    /** "Barack Obama and Congress", "Brazil and Congress": an organisation word right after "and" is a body of its own. */
    private static boolean joinsALoneBody(List<Token> tokens, int word) {
        return word > 0 && ORGANISATION_LINKS.contains(tokens.get(word - 1).text())
                && !PARTNERS_SUFFIXES.contains(tokens.get(word).lowerCase());
    }

    // Words that stand before a title without being anybody's employer.
    private static final Set<String> TITLE_MODIFIERS = Set.of("former", "acting", "interim", "then", "new", "outgoing", "incoming",
            "republican", "democratic", "democrat", "conservative", "labour", "liberal", "independent");

    /**
     * "Boeing spokesman Todd Blecher", "Apple CEO Steve Jobs": proper nouns, a title and (when
     * {@code nameFollows}) a name; the end of the proper nouns, or {@code i}.
     */
    private int employerEnd(List<Token> tokens, int i, boolean nameFollows) {
        if (!mayPrecedeATitle(tokens, i) || !startsACapitalisedRun(tokens, i) || gazetteer.startsATitle(tokens.get(i).lowerCase())) {
            return i;
        }
        int end = i;
        while (end < tokens.size() && end - i < 3 && isProperWord(tokens.get(end)) && tokens.get(end).is("PROPN")
                && !gazetteer.startsATitle(tokens.get(end).lowerCase()) && !TITLE_MODIFIERS.contains(tokens.get(end).lowerCase())) {
            end++;
        }
        if (end == i) {
            return i;
        }
        int titleEnd = names.titleEnd(tokens, end);
        return titleEnd > end && (!nameFollows || names.nameEnd(tokens, titleEnd) > titleEnd) ? end : i;
    }

    /**
     * Whether capitalised words from {@code i} reach an organisation word: read from the characters
     * alone, so that most words never have their sentence tagged for this.
     */
    private static boolean mayEndInAnOrganisationWord(List<Token> tokens, int i) {
        if (!tokens.get(i).isCapitalised()) {
            return false;
        }
        for (int end = i; end < tokens.size() && end - i < LONGEST_ORGANISATION; end++) {
            Token token = tokens.get(end);
            if (!token.isCapitalised() && !ORGANISATION_LINKS.contains(token.text())) {
                return false;
            }
            if (OrganisationWords.contains(token.lowerCase())) {
                return true;
            }
        }
        return false;
    }

    /** "BBC News", "CNN International": the gazetteer's BBC and CNN, not organisations of their own. */
    private boolean startsAKnownOrganisation(List<Token> tokens, int i) {
        int known = names.knownNameEnd(tokens, i);
        return known > i && gazetteer.name(NameReader.nameIn(tokens, i, known)).orElseThrow().kind() == ActorKind.ORGANISATION;
    }

    /** "and" in "National Oceanic and Atmospheric Administration": between two capitalised words. */
    private static boolean isLinkInAName(List<Token> tokens, int i) {
        return ORGANISATION_LINKS.contains(tokens.get(i).text()) && i + 1 < tokens.size() && isProperWord(tokens.get(i + 1));
    }

    /** Whether one to three capitalised words from {@code i} are followed by a title's first word, from the characters alone. */
    private boolean mayPrecedeATitle(List<Token> tokens, int i) {
        if (!tokens.get(i).isCapitalised()) {
            return false;
        }
        for (int end = i; end < tokens.size() && end - i <= 3; end++) {
            if (end > i && gazetteer.startsATitle(tokens.get(end).lowerCase())) {
                return true;
            }
            if (!tokens.get(end).isCapitalised()) {
                return false;
            }
        }
        return false;
    }

    /** "aircraft manufacturer Boeing": see {@link DescribedOrganisations}. Returns where the name ends, or {@code i}. */
    private int describedOrganisation(List<Token> tokens, int i, Map<String, FoundActor.Builder> actors, List<int[]> taken) {
        Optional<int[]> named = described.namedAfter(tokens, i);
        if (named.isEmpty()) {
            return i;
        }
        int start = named.get()[0];
        if (affiliationAt(tokens, start).isPresent()) {
            return i; // "investment company Mitsui & Co": the rules for names read it whole
        }
        int end = named.get()[1];
        String name = words(tokens, start, end);
        FoundActor.Builder organisation = actors.computeIfAbsent(name, n -> new FoundActor.Builder(n, ActorKind.ORGANISATION))
                .mention(tokens.get(start).start(), tokens.get(end - 1).end());
        taken.add(new int[] {tokens.get(start).start(), tokens.get(end - 1).end()});
        if (end == start + 1 && standsAlone(tokens, end)) {
            organisation.establish();
        }
        return end;
    }

    /**
     * Whether the word before {@code end} is the whole name, as a later article may use it: not the
     * first word of a longer one ("firm Johnson & Bell", "company Union Carbide"), a modifier ("the
     * giant Gulf oil slick"), a headline running on ("oil company Pictures of Tony Hayward …") or a
     * dateline's town after a sentence left without its full stop ("a newspaper Misrata, Libya").
     */
    private boolean standsAlone(List<Token> tokens, int end) {
        if (end == tokens.size()) {
            return true;
        }
        Token next = tokens.get(end);
        boolean dateline = next.text().equals(",") && end + 1 < tokens.size() && isCountry(tokens.get(end + 1));
        return !next.isCapitalised() && !next.isOneOf("&-") && !next.lowerCase().equals("of") && !dateline
                && !next.is("NOUN") && !next.is("ADJ") && !next.is("PROPN") && !next.is("NUM");
    }

    private boolean isCountry(Token token) {
        return gazetteer.name(token.text()).filter(entry -> entry.kind() == ActorKind.COUNTRY).isPresent();
    }

    /**
     * "Mr. Lee Hsien Loong": a courtesy title before a name of two words or more makes a person,
     * titled by nothing. Returns where the name ends, or {@code i}. ("Mr Hayward" alone is left to the
     * surname of a person named in full, or to a speaker's name.)
     */
    private int courtesy(List<Token> tokens, int i, Map<String, FoundActor.Builder> actors, List<int[]> taken) {
        if (!tokens.get(i).isCapitalised() || !COURTESY_TITLES.contains(tokens.get(i).lowerCase())) {
            return i;
        }
        int nameEnd = names.nameEnd(tokens, i + 1);
        if (nameEnd - (i + 1) < 2) {
            return i;
        }
        String name = words(tokens, i + 1, nameEnd);
        actors.computeIfAbsent(name, n -> new FoundActor.Builder(n, ActorKind.PERSON))
                .mention(tokens.get(i + 1).start(), tokens.get(nameEnd - 1).end());
        taken.add(new int[] {tokens.get(i + 1).start(), tokens.get(nameEnd - 1).end()});
        return nameEnd;
    }

    private static final Set<String> APPOSITION_ENDS = Set.of(",", ".", ";", ":", ")", "--", "who", "and");

    /**
     * "Tony Hayward, the chief executive of BP, said": a name of at least two words starting at
     * {@code i}, a comma, then a title (after "the", "a", or an affiliation such as "Russia's") that
     * ends the phrase. Records the person and returns where the title ends, or {@code i}.
     */
    private int appositive(List<Token> tokens, int i, Map<String, FoundActor.Builder> actors, List<int[]> taken) {
        if (!mayBeFollowedByACommaAndATitle(tokens, i) || i > 0 && isNameWord(tokens.get(i - 1)) || !isNameWord(tokens.get(i))) {
            return i;
        }
        int nameEnd = names.nameEnd(tokens, i);
        if (nameEnd - i < 2 || nameEnd + 2 >= tokens.size() || !tokens.get(nameEnd).text().equals(",")) {
            return i;
        }
        int titleStart = nameEnd + 1;
        if (tokens.get(titleStart).is("DET")) {
            titleStart++;
        }
        // Who the title is held for, before it: "Russia's", "a State Department", "the Apple".
        Optional<Affiliation> affiliation = possessor(tokens, titleStart);
        int[] affiliationSpan = {tokens.get(titleStart).start(), tokens.get(titleStart).end() - "'s".length()};
        if (affiliation.isEmpty()) {
            int employer = employerEnd(tokens, titleStart, false);
            affiliation = employer > titleStart ? Optional.of(new Affiliation(words(tokens, titleStart, employer), ActorKind.ORGANISATION, employer))
                    : affiliationAt(tokens, titleStart);
            affiliationSpan[1] = affiliation.map(a -> tokens.get(a.end() - 1).end()).orElse(affiliationSpan[1]);
        }
        titleStart = affiliation.map(Affiliation::end).orElse(titleStart);
        int titleEnd = names.titleEnd(tokens, titleStart);
        if (titleEnd == titleStart) {
            return i;
        }
        int end = titleEnd;
        if (end + 1 < tokens.size() && tokens.get(end).text().equals("of")) {
            // ... or after it: "of BP", "of the Red Cross"; a name the gazetteer does not know is an organisation's
            int of = end + 1 < tokens.size() && tokens.get(end + 1).is("DET") ? end + 2 : end + 1;
            Optional<Affiliation> holder = affiliationAt(tokens, of);
            int runEnd = capitalisedRunEnd(tokens, of);
            if (holder.isEmpty() && runEnd > of) {
                holder = Optional.of(new Affiliation(words(tokens, of, runEnd), ActorKind.ORGANISATION, runEnd));
            }
            if (holder.isPresent() && affiliation.isEmpty()) {
                affiliation = holder;
                affiliationSpan = new int[] {tokens.get(of).start(), tokens.get(holder.get().end() - 1).end()};
            }
            end = Math.max(holder.map(Affiliation::end).orElse(of), runEnd);
        }
        if (end < tokens.size() && !APPOSITION_ENDS.contains(tokens.get(end).text()) && !Dashes.isDash(tokens, end)) {
            return i; // "Jane Doe, the president's daughter": the title belongs to someone else
        }
        String name = words(tokens, i, nameEnd);
        String title = words(tokens, titleStart, titleEnd).toLowerCase(Locale.ROOT);
        actors.computeIfAbsent(name, n -> new FoundActor.Builder(n, ActorKind.PERSON))
                .title(title, affiliation.map(Affiliation::name).orElse(null))
                .mention(tokens.get(i).start(), tokens.get(nameEnd - 1).end());
        taken.add(new int[] {tokens.get(i).start(), tokens.get(nameEnd - 1).end()});
        if (affiliation.isPresent()) {
            affiliate(actors, affiliation.get()).mention(affiliationSpan[0], affiliationSpan[1]);
            taken.add(affiliationSpan);
        }
        return end;
    }

    /** A capitalised run from {@code i}, a comma, and soon after it a title's first word: from the characters alone. */
    private boolean mayBeFollowedByACommaAndATitle(List<Token> tokens, int i) {
        if (!tokens.get(i).isCapitalised()) {
            return false;
        }
        int comma = i;
        while (comma < tokens.size() && comma - i <= LONGEST_NAME + 1 && !tokens.get(comma).text().equals(",")) {
            Token token = tokens.get(comma);
            if (!token.isCapitalised() && !NAME_PARTICLES.contains(token.text()) && !token.text().equals("-")) {
                return false;
            }
            comma++;
        }
        if (comma - i < 2 || comma >= tokens.size() || !tokens.get(comma).text().equals(",")) {
            return false;
        }
        // after the comma: "the", "a", an affiliation of up to the gazetteer's longest name, then the title
        for (int k = comma + 1; k < tokens.size() && k <= comma + 2 + gazetteer.longestName(); k++) {
            if (gazetteer.startsATitle(tokens.get(k).lowerCase())) {
                return true;
            }
        }
        return false;
    }

    /** "Russia's" (one token, as the tokenizer leaves it) at {@code i}: Russia, ending after that token. */
    private Optional<Affiliation> possessor(List<Token> tokens, int i) {
        return tokens.get(i).isPossessive()
                ? gazetteer.name(NameReader.nameIn(tokens.get(i))).map(entry -> new Affiliation(entry.canonical(), entry.kind(), i + 1))
                : Optional.empty();
    }

    private static FoundActor.Builder affiliate(Map<String, FoundActor.Builder> actors, Affiliation affiliation) {
        return actors.computeIfAbsent(affiliation.name(), n -> new FoundActor.Builder(n, affiliation.kind()));
    }

    /** "Lavrov" after "Sergey Lavrov" was named: the same person, the first one named so. */
    private static void surnames(List<Token> tokens, Map<String, List<FoundActor.Builder>> bySurname, List<int[]> taken) {
        for (Token token : tokens) {
            if (!token.isCapitalised() || isTaken(taken, token.start(), token.end())) {
                continue;
            }
            for (FoundActor.Builder person : bySurname.getOrDefault(token.text(), List.of())) {
                if (!person.name().equals(token.text())) {
                    person.mention(token.start(), token.end());
                    break;
                }
            }
        }
    }

    /**
     * "Boeing" alone, after "Boeing spokesman Todd Blecher" made it known as an organisation in this
     * article, or "aircraft maker Boeing" in an earlier one.
     */
    private static void namedAgain(List<Token> tokens, Map<String, FoundActor.Builder> organisations,
            Function<String, FoundActor.Builder> knownBefore, List<int[]> taken) {
        for (int k = 0; k < tokens.size(); k++) {
            Token token = tokens.get(k);
            // "Boeing's 787": the name without its possessive.
            String name = NameReader.nameIn(token);
            FoundActor.Builder organisation = organisations.get(name);
            if (organisation == null && token.isCapitalised() && standsApart(tokens, k)) {
                organisation = organisations.computeIfAbsent(name, knownBefore);
            }
            if (organisation != null && !isTaken(taken, token.start(), NameReader.nameEndIn(token))) {
                organisation.mention(token.start(), NameReader.nameEndIn(token));
            }
        }
    }

    /**
     * The organisation an earlier article established under this name, made an actor of this article
     * the first time it is named here; or null. Not when this article has an actor or a person's
     * surname of that name, nor when it also writes the word in lower case ("Reform" opening a
     * sentence where "reform" is a word). Decided once per known name and article: the lower-case
     * test reads the whole text.
     */
    private static Function<String, FoundActor.Builder> knownBefore(AnalysedText text, KnownOrganisations known,
            Map<String, FoundActor.Builder> actors, Map<String, List<FoundActor.Builder>> bySurname) {
        Map<String, Optional<FoundActor.Builder>> decided = new HashMap<>();
        return name -> known.contains(name) ? decided.computeIfAbsent(name, n -> adopted(n, text, actors, bySurname)).orElse(null) : null;
    }

    private static Optional<FoundActor.Builder> adopted(String name, AnalysedText text, Map<String, FoundActor.Builder> actors,
            Map<String, List<FoundActor.Builder>> bySurname) {
        if (actors.containsKey(name) || bySurname.containsKey(name) || writesInLowerCase(text.text(), name.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(actors.computeIfAbsent(name, n -> new FoundActor.Builder(n, ActorKind.ORGANISATION)));
    }

    /**
     * Whether the word at {@code k} stands apart from the capitalised words around it, as a name
     * known from elsewhere must: "Cameron" is not the firm in "David Cameron", nor "Standard" in
     * "Standard &amp; Poor's". A day before it is no part of a name ("Thursday BP said").
     */
    private static boolean standsApart(List<Token> tokens, int k) {
        Token before = k > 0 ? tokens.get(k - 1) : null;
        Token after = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
        return (before == null || !before.isCapitalised() || CALENDAR_WORDS.contains(before.lowerCase()))
                && (after == null || !after.isCapitalised() && !after.isOneOf("&-"));
    }

    private static boolean writesInLowerCase(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            boolean startsAWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            int end = at + word.length();
            if (startsAWord && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, FoundActor.Builder> oneWordOrganisations(Map<String, FoundActor.Builder> actors) {
        Map<String, FoundActor.Builder> organisations = new HashMap<>();
        for (FoundActor.Builder actor : actors.values()) {
            if (actor.kind() == ActorKind.ORGANISATION && actor.name().indexOf(' ') < 0) {
                organisations.put(actor.name(), actor);
            }
        }
        return organisations;
    }

    private static Map<String, List<FoundActor.Builder>> peopleBySurname(Map<String, FoundActor.Builder> actors) {
        Map<String, List<FoundActor.Builder>> people = new HashMap<>();
        for (FoundActor.Builder actor : actors.values()) {
            if (actor.kind() == ActorKind.PERSON) {
                people.computeIfAbsent(actor.surname(), s -> new ArrayList<>()).add(actor);
            }
        }
        return people;
    }

    private static void resolveTitleReferences(List<TitleReference> references, Map<String, FoundActor.Builder> actors) {
        for (TitleReference reference : references) {
            actors.values().stream()
                    .filter(a -> a.kind() == ActorKind.PERSON && a.holds(reference.title(), reference.affiliation()))
                    .findFirst()
                    .ifPresent(a -> a.mention(reference.start(), reference.end()));
        }
    }

    private static boolean isTaken(List<int[]> taken, int start, int end) {
        return taken.stream().anyMatch(t -> start < t[1] && t[0] < end);
    }

}
