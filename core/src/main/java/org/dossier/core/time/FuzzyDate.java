package org.dossier.core.time;

import jakarta.persistence.Embeddable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;

/**
 * When something happened, as precisely as it is known: the period from {@code start} to
 * {@code end} (both inclusive) and the {@link Precision} it was stated at.
 *
 * <p>Invariant: {@code end >= start}, and for WEEK, MONTH, QUARTER and YEAR the period is exactly that
 * calendar week (ISO, Monday first), month, quarter or year. A DAY date may span several days
 * ("3–5 October"). So "October 2016" is never silently turned into the first of October.
 */
@Embeddable
public record FuzzyDate(LocalDate start, LocalDate end, Precision precision) implements Comparable<FuzzyDate> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_OF_MONTH = DateTimeFormatter.ofPattern("d", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_NO_YEAR = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    public FuzzyDate {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(precision, "precision");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("A period cannot end (" + end + ") before it starts (" + start + ")");
        }
    }

    public static FuzzyDate onDay(LocalDate day) {
        return new FuzzyDate(day, day, Precision.DAY);
    }

    public static FuzzyDate days(LocalDate first, LocalDate last) {
        return new FuzzyDate(first, last, Precision.DAY);
    }

    public static FuzzyDate inWeekOf(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new FuzzyDate(monday, monday.plusDays(6), Precision.WEEK);
    }

    public static FuzzyDate inMonth(YearMonth month) {
        return new FuzzyDate(month.atDay(1), month.atEndOfMonth(), Precision.MONTH);
    }

    public static FuzzyDate inQuarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("A quarter is 1 to 4, not " + quarter);
        }
        YearMonth first = YearMonth.of(year, quarter * 3 - 2);
        return new FuzzyDate(first.atDay(1), first.plusMonths(2).atEndOfMonth(), Precision.QUARTER);
    }

    public static FuzzyDate inYear(Year year) {
        return new FuzzyDate(year.atDay(1), year.atMonth(12).atEndOfMonth(), Precision.YEAR);
    }

    public static FuzzyDate around(LocalDate first, LocalDate last) {
        return new FuzzyDate(first, last, Precision.APPROXIMATE);
    }

    /**
     * The date a TIMEX3 value names, at its precision: the inverse of {@link #timexValue()} for day,
     * week, month, quarter and year values ("2016-10-14", "2016-W41", "2016-10", "2016-Q4", "2016").
     */
    public static FuzzyDate ofTimexValue(String value) {
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return onDay(LocalDate.parse(value));
        }
        if (value.matches("\\d{4}-W\\d{2}")) {
            return inWeekOf(LocalDate.of(Integer.parseInt(value.substring(0, 4)), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Long.parseLong(value.substring(6))));
        }
        if (value.matches("\\d{4}-\\d{2}")) {
            return inMonth(YearMonth.parse(value));
        }
        if (value.matches("\\d{4}-Q[1-4]")) {
            return inQuarter(Integer.parseInt(value.substring(0, 4)), value.charAt(6) - '0');
        }
        if (value.matches("\\d{4}")) {
            return inYear(Year.parse(value));
        }
        throw new IllegalArgumentException("Not a calendar TIMEX3 value: '" + value + "'");
    }

    /** For display at the precision it is known: "14 Oct 2016", "Oct 2016", "Q4 2016", "2016". */
    public String display() {
        return switch (precision) {
            case DAY -> start.equals(end) ? DAY.format(start) : displayRange();
            case WEEK -> "week of " + DAY.format(start);
            case MONTH -> MONTH.format(start);
            case QUARTER -> "Q" + start.get(IsoFields.QUARTER_OF_YEAR) + " " + start.getYear();
            case YEAR -> String.valueOf(start.getYear());
            case APPROXIMATE -> "around " + (start.equals(end) ? DAY.format(start) : displayRange());
        };
    }

    /** The TimeML (TIMEX3) value of this date: "2016-10-14", "2016-W41", "2016-10", "2016-Q4", "2016". */
    public String timexValue() {
        return switch (precision) {
            case DAY, APPROXIMATE -> start.toString();
            case WEEK -> String.format(Locale.ROOT, "%d-W%02d",
                    start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> YearMonth.from(start).toString();
            case QUARTER -> start.getYear() + "-Q" + start.get(IsoFields.QUARTER_OF_YEAR);
            case YEAR -> String.valueOf(start.getYear());
        };
    }

    public boolean overlaps(LocalDate from, LocalDate to) {
        return !start.isAfter(to) && !end.isBefore(from);
    }

    /** Earlier periods first; of two starting together, the more precise (shorter) first. */
    @Override
    public int compareTo(FuzzyDate other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : end.compareTo(other.end);
    }

    @Override
    public String toString() {
        return display();
    }

    private String displayRange() {
        if (start.getYear() != end.getYear()) {
            return DAY.format(start) + " – " + DAY.format(end);
        }
        if (start.getMonth() != end.getMonth()) {
            return DAY_NO_YEAR.format(start) + " – " + DAY.format(end);
        }
        return DAY_OF_MONTH.format(start) + "–" + DAY.format(end);
    }
}
