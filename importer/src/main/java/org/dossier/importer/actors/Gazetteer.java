package org.dossier.importer.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.core.actor.ActorKind;

/**
 * The names Dossier knows before reading: countries with their other names, demonyms and capitals
 * ("Moscow" for the Russian government), organisations and groups, and titles. Kept as resource
 * files beside this class so that adding a name is a one-line change.
 */
public final class Gazetteer {

    /** What a known name stands for, and how it was used: as the name, a demonym or a capital. */
    public record Entry(String canonical, ActorKind kind, Use use) {
    }

    public enum Use { NAME, DEMONYM, CAPITAL }

    private static final Gazetteer STANDARD = load();

    private final Map<String, Entry> names;
    private final Set<String> titles;
    private final int longestName;
    private final int longestTitle;
    private final Set<String> titleFirstWords;
    private final Set<String> nameLeads;

    private Gazetteer(Map<String, Entry> names, Set<String> titles) {
        this.names = Map.copyOf(names);
        this.titles = Set.copyOf(titles);
        this.longestName = names.keySet().stream().mapToInt(n -> n.split(" ").length).max().orElse(1);
        this.longestTitle = titles.stream().mapToInt(t -> t.split(" ").length).max().orElse(1);
        this.titleFirstWords = titles.stream().map(t -> t.split(" ")[0]).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.nameLeads = names.keySet().stream().map(Gazetteer::lead).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    // Countries that are first names too: "Chad Myers", "Jordan Henderson", "Israel Katz".
    private static final Set<String> COUNTRIES_THAT_ARE_FIRST_NAMES = Set.of("Chad", "Jordan", "Georgia", "India", "Kenya", "Israel");

    /** Whether this country's name is a first name too, which it is before a surname. */
    public boolean isAlsoAFirstName(String word) {
        return COUNTRIES_THAT_ARE_FIRST_NAMES.contains(word);
    }

    /** Whether a title can start with this word: a cheap test before trying every length. */
    public boolean startsATitle(String word) {
        return titleFirstWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a known name can start with this word: its leading letters and digits ("U" of "U.S.",
     * "al" of "al-Qaeda") lead some name. A cheap test before joining words of every length.
     */
    public boolean mayStartAName(String word) {
        return nameLeads.contains(lead(word));
    }

    private static String lead(String words) {
        int end = 0;
        while (end < words.length() && Character.isLetterOrDigit(words.charAt(end))) {
            end++;
        }
        return words.substring(0, end);
    }

    public static Gazetteer standard() {
        return STANDARD;
    }

    /** The entry for these words exactly as written (names are case-sensitive: "US" is not "us"). */
    public Optional<Entry> name(String words) {
        return Optional.ofNullable(names.get(words));
    }

    public boolean isTitle(String words) {
        return titles.contains(words.toLowerCase(Locale.ROOT));
    }

    int longestName() {
        return longestName;
    }

    int longestTitle() {
        return longestTitle;
    }

    private static Gazetteer load() {
        Map<String, Entry> names = new HashMap<>();
        for (String[] row : rows("countries.tsv")) {
            String country = row[0];
            names.put(country, new Entry(country, ActorKind.COUNTRY, Use.NAME));
            split(row, 1).forEach(n -> names.put(n, new Entry(country, ActorKind.COUNTRY, Use.NAME)));
            split(row, 2).forEach(n -> names.put(n, new Entry(country, ActorKind.COUNTRY, Use.DEMONYM)));
            split(row, 3).forEach(n -> names.putIfAbsent(n, new Entry(country, ActorKind.COUNTRY, Use.CAPITAL)));
        }
        for (String[] row : rows("organisations.tsv")) {
            ActorKind kind = ActorKind.valueOf(row[1].toUpperCase(Locale.ROOT));
            names.put(row[0], new Entry(row[0], kind, Use.NAME));
            split(row, 2).forEach(n -> names.put(n, new Entry(row[0], kind, Use.NAME)));
        }
        Set<String> titles = new HashSet<>();
        for (String[] row : rows("titles.txt")) {
            titles.add(row[0].toLowerCase(Locale.ROOT));
        }
        return new Gazetteer(names, titles);
    }

    private static List<String> split(String[] row, int column) {
        if (row.length <= column || row[column].isBlank()) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (String value : row[column].split(";")) {
            if (!value.isBlank()) {
                values.add(value.strip());
            }
        }
        return values;
    }

    private static List<String[]> rows(String resource) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing gazetteer resource " + resource);
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read gazetteer resource " + resource, e);
        }
    }
}
