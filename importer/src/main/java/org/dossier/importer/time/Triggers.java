package org.dossier.importer.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The trigger words of a set of rules, ready to be found in a text in one pass: at each place where
 * a word may begin, only the triggers that begin with its two characters are tried. Searching the text
 * once per trigger (about a hundred of them) cost more than any rule's pattern.
 *
 * <p>A trigger in lower case is found in any case, one with a capital as written (see
 * {@link TimeRules.Rule}); every trigger begins with an ASCII character.
 */
final class Triggers {

    private record Trigger(String word, boolean anyCase) {
    }

    // Indexed by the first two characters in lower case (ASCII).
    private final Trigger[][] byOpening = new Trigger[ASCII * ASCII][];
    private final Trigger[][] oneCharacter = new Trigger[ASCII][];

    private static final int ASCII = 128;

    Triggers(List<TimeRules.Rule> rules) {
        Set<String> words = new LinkedHashSet<>();
        rules.forEach(rule -> words.addAll(rule.triggers()));
        Map<String, List<Trigger>> grouped = new HashMap<>();
        for (String word : words) {
            if (word.chars().limit(2).anyMatch(c -> c >= ASCII)) {
                throw new IllegalArgumentException("A trigger must begin with ASCII characters: " + word);
            }
            String opening = word.substring(0, Math.min(2, word.length())).toLowerCase(Locale.ROOT);
            grouped.computeIfAbsent(opening, o -> new ArrayList<>()).add(new Trigger(word, isLowerCase(word)));
        }
        grouped.forEach((opening, triggers) -> {
            Trigger[] array = triggers.toArray(Trigger[]::new);
            if (opening.length() == 1) {
                oneCharacter[opening.charAt(0)] = array;
            } else {
                byOpening[opening(opening.charAt(0), opening.charAt(1))] = array;
            }
        });
    }

    private static int opening(char first, char second) {
        return first * ASCII + second;
    }

    /**
     * Where each trigger occurs at the start of a word (no letter before it: "now" in "know" is
     * none), in order; triggers that do not occur are absent. {@code lowerCase} is the text lower-cased
     * character by character, so that its offsets are the text's.
     */
    Map<String, List<Integer>> occurrences(String text, String lowerCase) {
        Map<String, List<Integer>> found = new HashMap<>();
        boolean afterALetter = false;
        for (int at = 0; at < text.length(); at++) {
            char first = lowerCase.charAt(at);
            if (!afterALetter && first < ASCII) {
                char second = at + 1 < text.length() ? lowerCase.charAt(at + 1) : Character.MAX_VALUE;
                if (second < ASCII) {
                    addFound(byOpening[opening(first, second)], text, lowerCase, at, found);
                }
                addFound(oneCharacter[first], text, lowerCase, at, found);
            }
            afterALetter = first < ASCII ? first >= 'a' && first <= 'z' : Character.isLetter(text.charAt(at));
        }
        return found;
    }

    private static void addFound(Trigger[] candidates, String text, String lowerCase, int at, Map<String, List<Integer>> found) {
        if (candidates == null) {
            return;
        }
        for (Trigger trigger : candidates) {
            if ((trigger.anyCase() ? lowerCase : text).startsWith(trigger.word(), at)) {
                found.computeIfAbsent(trigger.word(), word -> new ArrayList<>()).add(at);
            }
        }
    }

    private static boolean isLowerCase(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.toLowerCase(word.charAt(i)) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
