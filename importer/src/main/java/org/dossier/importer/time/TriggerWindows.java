package org.dossier.importer.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The stretches of a text where a rule can match: around each occurrence of one of its trigger
 * words. Every match of a rule holds one of its triggers at the start of a word and is shorter
 * than {@link #REACH}, so it lies wholly inside the window around that trigger; running a rule's
 * pattern on its windows alone
 * finds what a run over the whole text finds, at a fraction of the cost (most of a news article is
 * far from any month name or "ago").
 *
 * <p>One instance serves one text: its triggers are found once, for all rules ({@link Triggers}).
 */
final class TriggerWindows {

    /**
     * Characters kept on each side of a trigger: longer than any time expression the rules take
     * (the longest over all Timeline17 articles is 35 characters, "almost three and a half years later").
     */
    static final int REACH = 64;

    private final int length;
    private final Map<String, List<Integer>> occurrences;

    /** {@code triggers} must hold those of every rule that will be asked for its windows. */
    TriggerWindows(String text, Triggers triggers) {
        this.length = text.length();
        this.occurrences = triggers.occurrences(text, lowerCase(text));
    }

    /**
     * A stretch [start, end) to look in; a match holds a trigger, so it starts at the latest where
     * the last trigger in the stretch does ({@code lastStart}).
     */
    record Window(int start, int end, int lastStart) {
    }

    /** The rule's windows, ordered and disjoint; the whole text when the rule has no triggers. */
    List<Window> of(TimeRules.Rule rule) {
        if (rule.triggers().isEmpty()) {
            return List.of(new Window(0, length, length));
        }
        List<Window> around = new ArrayList<>();
        for (String trigger : rule.triggers()) {
            for (int at : occurrences.getOrDefault(trigger, List.of())) {
                around.add(new Window(Math.max(0, at - REACH), Math.min(length, at + trigger.length() + REACH), at));
            }
        }
        return merged(around);
    }

    /** Overlapping or touching windows made one. */
    private static List<Window> merged(List<Window> windows) {
        windows.sort(Comparator.comparingInt(Window::start));
        List<Window> merged = new ArrayList<>();
        for (Window window : windows) {
            Window last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && window.start() <= last.end()) {
                merged.set(merged.size() - 1,
                        new Window(last.start(), Math.max(last.end(), window.end()), Math.max(last.lastStart(), window.lastStart())));
            } else {
                merged.add(window);
            }
        }
        return merged;
    }

    /** Lower case char by char, so that offsets stay those of the text (String.toLowerCase may change lengths). */
    private static String lowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            // ASCII, most of any text, without the Unicode tables.
            chars[i] = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) : Character.toLowerCase(c);
        }
        return new String(chars);
    }
}
