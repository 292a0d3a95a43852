package org.dossier.importer.time;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stretches of a text where a rule can match: around each occurrence of one of its trigger
 * words. Every match of a rule holds one of its triggers and is shorter than {@link #REACH}, so it
 * lies wholly inside the window around that trigger; running a rule's pattern on its windows alone
 * finds what a run over the whole text finds, at a fraction of the cost (most of a news article is
 * far from any month name or "ago").
 *
 * <p>One instance serves one text: occurrences of a trigger shared by several rules are looked up
 * once.
 */
final class TriggerWindows {

    /** Characters kept on each side of a trigger: longer than any time expression the rules take. */
    static final int REACH = 100;

    private final String lowerCase;
    private final Map<String, List<Integer>> occurrences = new HashMap<>();

    TriggerWindows(String text) {
        this.lowerCase = lowerCase(text);
    }

    /** The rule's windows as ordered, disjoint [start, end) pairs; the whole text when the rule has no triggers. */
    List<int[]> of(TimeRules.Rule rule) {
        if (rule.triggers().isEmpty()) {
            return List.of(new int[] {0, lowerCase.length()});
        }
        boolean[] covered = null;
        for (String trigger : rule.triggers()) {
            for (int at : occurrences.computeIfAbsent(trigger, this::find)) {
                if (covered == null) {
                    covered = new boolean[lowerCase.length() + 1];
                }
                int from = Math.max(0, at - REACH);
                int to = Math.min(lowerCase.length(), at + trigger.length() + REACH);
                Arrays.fill(covered, from, to, true);
            }
        }
        return covered == null ? List.of() : runs(covered);
    }

    private List<Integer> find(String trigger) {
        List<Integer> found = new ArrayList<>();
        for (int at = lowerCase.indexOf(trigger); at >= 0; at = lowerCase.indexOf(trigger, at + 1)) {
            found.add(at);
        }
        return found;
    }

    private static List<int[]> runs(boolean[] covered) {
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < covered.length; i++) {
            if (covered[i] && start < 0) {
                start = i;
            } else if (!covered[i] && start >= 0) {
                runs.add(new int[] {start, i});
                start = -1;
            }
        }
        return runs;
    }

    /** Lower case char by char, so that offsets stay those of the text (String.toLowerCase may change lengths). */
    private static String lowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }
}
