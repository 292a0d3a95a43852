package org.dossier.importer.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;

/**
 * Finds the time expressions of a text and normalises each against the publication date. Where
 * matches overlap, the longest wins ("Friday night" over "Friday"), then the earlier rule; then
 * expressions that count from a time the text named ("six days later", "that year") are dated from
 * it ({@link ReferenceTimes}).
 *
 * <p>It needs no sentence split: the direction of a bare date is read from the clause before it,
 * which the text itself delimits.
 */
public class TimeRecognizer {

    private record Candidate(TimeExpression expression, int rule) {
    }

    private static final Triggers TRIGGERS = new Triggers(TimeRules.ALL);

    public List<TimeExpression> find(String text, LocalDate published) {
        List<Candidate> candidates = new ArrayList<>();
        TriggerWindows windows = new TriggerWindows(text, TRIGGERS);
        for (int r = 0; r < TimeRules.ALL.size(); r++) {
            TimeRules.Rule rule = TimeRules.ALL.get(r);
            // Transparent bounds: word boundaries and look-behinds at a window's edge see the text beyond it.
            Matcher match = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            for (TriggerWindows.Window window : windows.of(rule)) {
                int at = window.start();
                while (at <= window.lastStart()) {
                    // The region is set only where a match may start: setting it resets the matcher.
                    if (mayStartAMatch(text, at) && rule.openings().mayOpenAt(text, at) && match.region(at, window.end()).lookingAt()) {
                        int start = at;
                        TimeRules.Context context = new TimeRules.Context(text, published, () -> Direction.before(text, start));
                        Optional<TimeRules.Resolution> resolution = rule.normaliser().resolve(match, context);
                        if (resolution.isPresent()) {
                            candidates.add(new Candidate(expression(text, match, resolution.get()), r));
                        }
                        at = Math.max(match.end(), at + 1);
                    } else {
                        at++;
                    }
                }
            }
        }
        return ReferenceTimes.anchor(longestWithoutOverlap(candidates));
    }

    /**
     * Every rule's pattern begins at a word boundary ({@code \\b}, after any look-behind) with a letter
     * or a digit, or a fraction sign ("½ hour"): so only where a word begins, or a fraction sign
     * follows a word ("5½"), is a match tried. As {@code find} would, leftmost first, but not at
     * every character, and not after the window's last trigger, which a match must hold.
     */
    private static boolean mayStartAMatch(String text, int at) {
        if (at >= text.length()) {
            return false;
        }
        int next = text.codePointAt(at);
        boolean wordBefore = at > 0 && isWordChar(text.codePointBefore(at));
        return isWordChar(next) ? !wordBefore : wordBefore && FRACTIONS.indexOf(next) >= 0;
    }

    private static final String FRACTIONS = "½¼¾";

    // As java.util.regex's \b has it (in Java 17: any letter or digit, not only ASCII).
    private static boolean isWordChar(int codePoint) {
        return codePoint == '_' || Character.isLetterOrDigit(codePoint);
    }

    private static TimeExpression expression(String text, Matcher match, TimeRules.Resolution resolution) {
        int end = match.end();
        // A possessive belongs to the sentence, not to the date: "Friday's talks".
        if (text.startsWith("'s", end - 2) && end - 2 > match.start()) {
            end -= 2;
        }
        return new TimeExpression(match.start(), end, text.substring(match.start(), end), resolution.type(), resolution.value(),
                resolution.date());
    }

    private static List<TimeExpression> longestWithoutOverlap(List<Candidate> candidates) {
        candidates.sort(Comparator.comparingInt((Candidate c) -> -c.expression().length()).thenComparingInt(Candidate::rule));
        // Kept expressions never overlap, so the one starting last before a candidate's end is the only one it can touch.
        TreeMap<Integer, TimeExpression> kept = new TreeMap<>();
        for (Candidate candidate : candidates) {
            TimeExpression expression = candidate.expression();
            Map.Entry<Integer, TimeExpression> before = kept.lowerEntry(expression.end());
            if (before == null || !before.getValue().overlaps(expression)) {
                kept.put(expression.start(), expression);
            }
        }
        return List.copyOf(kept.values());
    }
}
