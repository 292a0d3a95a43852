package org.dossier.importer.time;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.core.time.FuzzyDate;
import org.dossier.core.time.Precision;

/**
 * Expressions read against a time the text named before them rather than against the publication
 * date: "a year earlier" after a quarter, "six days later" after a day, "that year" after a date.
 * Each pass goes through the expressions in text order, remembering the last time named.
 */
final class ReferenceTimes {

    private static final Pattern YEAR_COMPARISON = Pattern.compile("(?i)\\b(?:a|one)\\s+year\\s+(?:ago|earlier|before)\\b|\\byear-(?:ago|earlier)\\b");

    private ReferenceTimes() {
    }

    static List<TimeExpression> anchor(List<TimeExpression> inTextOrder) {
        return narrativePeriods(countedDays(yearComparisons(inTextOrder)));
    }

    /**
     * Reports compare a quarter with the same quarter a year before: once a quarter has been named,
     * "a year earlier" or "the year-ago quarter" is that quarter a year back, not the whole year.
     */
    private static List<TimeExpression> yearComparisons(List<TimeExpression> expressions) {
        List<TimeExpression> anchored = new ArrayList<>(expressions.size());
        Optional<FuzzyDate> lastQuarter = Optional.empty();
        for (TimeExpression e : expressions) {
            if (lastQuarter.isPresent() && e.type() == TimexType.DATE && YEAR_COMPARISON.matcher(e.text()).find()) {
                LocalDate yearBefore = lastQuarter.get().start().minusYears(1);
                FuzzyDate quarter = FuzzyDate.inQuarter(yearBefore.getYear(), yearBefore.get(IsoFields.QUARTER_OF_YEAR));
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
    private static List<TimeExpression> countedDays(List<TimeExpression> expressions) {
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
    private static List<TimeExpression> narrativePeriods(List<TimeExpression> expressions) {
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
                    ? Optional.of(FuzzyDate.inMonth(YearMonth.from(day).plusMonths(shift))) : Optional.empty();
            default -> anchor.precision().compareTo(Precision.YEAR) <= 0
                    ? Optional.of(FuzzyDate.inYear(Year.from(day).plusYears(shift))) : Optional.empty();
        };
    }
}
