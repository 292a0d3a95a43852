package org.dossier.importer.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.core.time.FuzzyDate;
import org.dossier.core.time.Precision;

/**
 * Finds the time expressions of a text and normalises each against the publication date. Where
 * matches overlap, the longest wins ("Friday night" over "Friday"), then the earlier rule.
 *
 * <p>It needs no sentence split: the direction of a bare date is read from the clause before it,
 * which the text itself delimits.
 */
public class TimeRecognizer {

    private static final Pattern YEAR_COMPARISON = Pattern.compile("(?i)\\b(?:a|one)\\s+year\\s+(?:ago|earlier|before)\\b|\\byear-(?:ago|earlier)\\b");

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
        return anchorNarrativePeriods(anchorCountedDays(anchorYearComparisons(longestWithoutOverlap(candidates))));
    }

    /**
     * Reports compare a quarter with the same quarter a year before: once a quarter has been named,
     * "a year earlier" or "the year-ago quarter" is that quarter a year back, not the whole year.
     */
    private static List<TimeExpression> anchorYearComparisons(List<TimeExpression> expressions) {
        List<TimeExpression> anchored = new ArrayList<>(expressions.size());
        Optional<FuzzyDate> lastQuarter = Optional.empty();
        for (TimeExpression e : expressions) {
            if (lastQuarter.isPresent() && e.type() == TimexType.DATE && YEAR_COMPARISON.matcher(e.text()).find()) {
                LocalDate yearBefore = lastQuarter.get().start().minusYears(1);
                FuzzyDate quarter = FuzzyDate.inQuarter(yearBefore.getYear(), yearBefore.get(java.time.temporal.IsoFields.QUARTER_OF_YEAR));
                e = new TimeExpression(e.start(), e.end(), e.text(), TimexType.DATE, quarter.timexValue(), Optional.of(quarter));
            } else if (e.date().filter(d -> d.precision() == Precision.QUARTER).isPresent()) {
                lastQuarter = e.date();
            }
            anchored.add(e);
        }
        return List.copyOf(anchored);
    }

    private static final Pattern COUNTED_DAYS = Pattern.compile("(?i)\\b(?:later|after|before|earlier)$");
    private static final Pattern DAYS_OR_WEEKS = Pattern.compile("P(\\d+)([DW])");

    /**
     * "Six days later" counts from the day the article named last, not from the publication: its
     * value stays the length (P6D, as TimeML has it), and its date is that day moved by the length,
     * so the day it names reaches the timeline and the events.
     */
    private static List<TimeExpression> anchorCountedDays(List<TimeExpression> expressions) {
        List<TimeExpression> anchored = new ArrayList<>(expressions.size());
        Optional<FuzzyDate> lastDay = Optional.empty();
        for (TimeExpression e : expressions) {
            Matcher length = DAYS_OR_WEEKS.matcher(e.value());
            if (e.type() == TimexType.DURATION && lastDay.isPresent() && length.matches() && COUNTED_DAYS.matcher(e.text()).find()) {
                long days = Long.parseLong(length.group(1)) * (length.group(2).equals("W") ? 7 : 1);
                boolean forward = e.text().toLowerCase(Locale.ROOT).matches(".*\\b(?:later|after)$");
                LocalDate anchor = lastDay.get().start();
                e = new TimeExpression(e.start(), e.end(), e.text(), e.type(), e.value(),
                        Optional.of(FuzzyDate.onDay(forward ? anchor.plusDays(days) : anchor.minusDays(days))));
            } else if (e.date().filter(d -> d.precision() == Precision.DAY).isPresent()) {
                lastDay = e.date();
            }
            anchored.add(e);
        }
        return List.copyOf(anchored);
    }

    private static final Pattern NARRATIVE_PERIOD = Pattern.compile(
            "(?i)^(?:(?:earlier|later)\\s+)?(that same|that|the same|the previous|the preceding|the following)\\s+(day|week|month|year)$");

    /**
     * "Earlier that day", "the following year": periods of the story being told, dated from the
     * last date the text named that is at least as precise ("that month" needs a month or a day),
     * not from the publication.
     */
    private static List<TimeExpression> anchorNarrativePeriods(List<TimeExpression> expressions) {
        List<TimeExpression> anchored = new ArrayList<>(expressions.size());
        Optional<FuzzyDate> lastDate = Optional.empty();
        for (TimeExpression e : expressions) {
            Matcher narrative = NARRATIVE_PERIOD.matcher(e.text());
            if (narrative.matches() && lastDate.isPresent()) {
                Optional<FuzzyDate> date = narrativeDate(lastDate.get(), narrative.group(1).toLowerCase(Locale.ROOT),
                        narrative.group(2).toLowerCase(Locale.ROOT));
                if (date.isPresent()) {
                    e = new TimeExpression(e.start(), e.end(), e.text(), TimexType.DATE, date.get().timexValue(), date);
                }
            } else if (e.date().isPresent()) {
                lastDate = e.date();
            }
            anchored.add(e);
        }
        return List.copyOf(anchored);
    }

    private static Optional<FuzzyDate> narrativeDate(FuzzyDate anchor, String relation, String period) {
        int shift = switch (relation) {
            case "the previous", "the preceding" -> -1;
            case "the following" -> 1;
            default -> 0;
        };
        LocalDate day = anchor.start();
        return switch (period) {
            case "day" -> anchor.precision() == Precision.DAY ? Optional.of(FuzzyDate.onDay(day.plusDays(shift))) : Optional.empty();
            case "week" -> anchor.precision().compareTo(Precision.WEEK) <= 0 ? Optional.of(FuzzyDate.inWeekOf(day.plusWeeks(shift)))
                    : Optional.empty();
            case "month" -> anchor.precision().compareTo(Precision.MONTH) <= 0
                    ? Optional.of(FuzzyDate.inMonth(java.time.YearMonth.from(day).plusMonths(shift))) : Optional.empty();
            default -> anchor.precision().compareTo(Precision.YEAR) <= 0
                    ? Optional.of(FuzzyDate.inYear(java.time.Year.from(day).plusYears(shift))) : Optional.empty();
        };
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
        List<TimeExpression> kept = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (kept.stream().noneMatch(k -> k.overlaps(candidate.expression()))) {
                kept.add(candidate.expression());
            }
        }
        kept.sort(Comparator.comparingInt(TimeExpression::start));
        return List.copyOf(kept);
    }
}
