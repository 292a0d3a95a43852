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

    public List<TimeExpression> find(String text, LocalDate published) {
        List<Candidate> candidates = new ArrayList<>();
        TriggerWindows windows = new TriggerWindows(text);
        for (int r = 0; r < TimeRules.ALL.size(); r++) {
            TimeRules.Rule rule = TimeRules.ALL.get(r);
            // Transparent bounds: word boundaries and look-behinds at a window's edge see the text beyond it.
            Matcher match = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            for (int[] window : windows.of(rule)) {
                match.region(window[0], window[1]);
                while (match.find()) {
                    int start = match.start();
                    TimeRules.Context context = new TimeRules.Context(text, published, () -> Direction.before(text, start));
                    Optional<TimeRules.Resolution> resolution = rule.normaliser().resolve(match, context);
                    if (resolution.isPresent()) {
                        candidates.add(new Candidate(expression(text, match, resolution.get()), r));
                    }
                }
            }
        }
        return ReferenceTimes.anchor(longestWithoutOverlap(candidates));
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
