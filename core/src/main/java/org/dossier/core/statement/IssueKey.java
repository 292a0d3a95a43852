package org.dossier.core.statement;

import java.util.Arrays;
import java.util.Set;
import org.dossier.core.actor.AliasKey;

/**
 * The form under which issues are compared: "the draft resolution", "a draft resolution" and "The
 * Draft Resolution." are one issue. Folded as names are ({@link AliasKey}: case, accents,
 * punctuation, spacing), less the determiners or possessives that open the phrase, which do not
 * change what a stance is about; every other word does ("sanctions" and "new sanctions" stay two issues).
 */
public final class IssueKey {

    private static final Set<String> OPENINGS = Set.of("the", "a", "an", "this", "that", "these", "those", "its", "their", "his",
            "her", "our", "any");

    private IssueKey() {
    }

    public static String of(String issue) {
        String[] words = AliasKey.of(issue).split(" ");
        int first = 0;
        while (first < words.length - 1 && OPENINGS.contains(words[first])) {
            first++;
        }
        return String.join(" ", Arrays.copyOfRange(words, first, words.length));
    }
}
