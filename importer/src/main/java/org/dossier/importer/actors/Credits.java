package org.dossier.importer.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The credits of an article: the agency of its dateline ("GENEVA (Reuters) -", "(CNN) --") and its
 * byline ("By Jane Morrow, Daily Ledger"). They say who reported the story, not who acts in it, so a
 * name in them is no actor's mention; otherwise the agency would take part in every event its
 * first sentence reports.
 *
 * <p>A parenthesised name is a dateline's when it opens its line before a dash or a new sentence
 * ("(Mr Obama) will announce" is an editor's insertion in a quotation), or when a dash follows it
 * after a place: in capitals ("SAO PAULO", "VENICE, Louisiana", "GENEVA, Oct 14"), or any place
 * when a sentence opens after the dash ("Tripoli, Libya (CNN) -- Rebels …"). "The Syrian National
 * Council (SNC) - its largest group -" is no dateline, nor is "the Syrian National Council (SNC) -
 * Burhan Ghalioun among them -": the parentheses abbreviate the words before them.
 *
 * <p>A byline is a line of its own that opens with "By" and holds only names and a few small words
 * ("By the Ledger's Staff" is one, "By Monday, Russia had …" is not).
 */
final class Credits {

    private static final Pattern PARENTHESISED_NAME = Pattern.compile(
            "\\(\\s*(\\p{Lu}[\\p{L}.&'-]*(?:\\s+\\p{Lu}[\\p{L}.&'-]*){0,3})\\s*\\)(\\s*[-\\u2013\\u2014]+)?");
    private static final Pattern PLACE_IN_CAPITALS = Pattern.compile("\\b\\p{Lu}{3,}\\b");
    // "GENEVA, Oct 14 (Reuters)": what may stand between the place and its agency.
    private static final int LONGEST_AFTER_PLACE = 30;
    private static final Pattern BYLINE = Pattern.compile("(?m)^[ \\t]*By[ \\t]+\\p{Lu}[^\\n]*$");
    private static final Set<String> BYLINE_SMALL_WORDS = Set.of("and", "the", "of", "in", "for", "staff", "'s", "s");
    private static final int LONGEST_BYLINE_WORDS = 12;

    private Credits() {
    }

    /** The credits' spans [start, end) in the text. */
    static List<int[]> in(String text) {
        List<int[]> credits = new ArrayList<>();
        Matcher parenthesised = PARENTHESISED_NAME.matcher(text);
        while (parenthesised.find()) {
            String before = text.substring(text.lastIndexOf('\n', parenthesised.start() - 1) + 1, parenthesised.start());
            boolean dashFollows = parenthesised.group(2) != null;
            if (isDatelineAgency(before, parenthesised.group(1), dashFollows, opensASentence(text, parenthesised.end()))) {
                credits.add(new int[] {parenthesised.start(), parenthesised.end()});
            }
        }
        Matcher byline = BYLINE.matcher(text);
        while (byline.find()) {
            if (holdsOnlyNames(byline.group())) {
                credits.add(new int[] {byline.start(), byline.end()});
            }
        }
        return credits;
    }

    /**
     * A parenthesised name, with what stands before it on its line, whether a dash follows it and
     * whether a sentence opens after it (and its dash).
     */
    private static boolean isDatelineAgency(String before, String name, boolean dashFollows, boolean sentenceFollows) {
        if (before.isBlank()) {
            // "(Mr Obama) will announce …": an editor's insertion in a quotation goes on in lower case.
            return dashFollows || sentenceFollows;
        }
        Matcher place = PLACE_IN_CAPITALS.matcher(before);
        int placeEnd = -1;
        while (place.find()) {
            placeEnd = place.end();
        }
        boolean afterAPlaceInCapitals = placeEnd >= 0 && before.length() - placeEnd <= LONGEST_AFTER_PLACE
                && before.indexOf(')', placeEnd) < 0;
        // "Tripoli, Libya (CNN) -- Rebels pushed …": a sentence opens after the dash.
        boolean afterAPlaceBeforeASentence = endsInACapitalisedWord(before) && sentenceFollows && !abbreviates(name, before);
        return dashFollows && (afterAPlaceInCapitals || afterAPlaceBeforeASentence);
    }

    /** "Kolo Basin Commission (KBC)": the parentheses hold the initials of the words before them. */
    private static boolean abbreviates(String parenthesised, String before) {
        String letters = parenthesised.strip().replace(".", "");
        String[] words = before.strip().split("\\s+");
        if (letters.length() < 2 || letters.length() > words.length || !letters.chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (int i = words.length - letters.length(); i < words.length; i++) {
            initials.append(words[i].isEmpty() ? ' ' : words[i].charAt(0));
        }
        return initials.toString().equals(letters);
    }

    private static boolean endsInACapitalisedWord(String before) {
        int end = before.stripTrailing().length();
        int start = end;
        while (start > 0 && Character.isLetter(before.charAt(start - 1))) {
            start--;
        }
        return start < end && Character.isUpperCase(before.charAt(start));
    }

    private static boolean opensASentence(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && Character.isUpperCase(text.charAt(i));
    }

    private static boolean holdsOnlyNames(String line) {
        String[] words = line.strip().substring(2).split("[\\s,]+");
        if (words.length > LONGEST_BYLINE_WORDS || line.strip().matches(".*[.!?:]$")) {
            return false;
        }
        for (String word : words) {
            if (!word.isEmpty() && !Character.isUpperCase(word.charAt(0)) && !BYLINE_SMALL_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
