package org.dossier.web.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The period clusters are counted by when a window holds too many events to draw one by one: the
 * smallest unit (PostgreSQL's date_trunc field) that cuts the window into at most {@link #MAX_BUCKETS}.
 */
public enum Bucket {
    DAY("day", 1), WEEK("week", 7), MONTH("month", 31), QUARTER("quarter", 92), YEAR("year", 366), DECADE("decade", 3653);

    static final int MAX_BUCKETS = 120;

    private final String field;
    private final int days;

    Bucket(String field, int days) {
        this.field = field;
        this.days = days;
    }

    public static Bucket fitting(LocalDate from, LocalDate to) {
        long span = ChronoUnit.DAYS.between(from, to) + 1;
        for (Bucket bucket : values()) {
            if (span / bucket.days <= MAX_BUCKETS) {
                return bucket;
            }
        }
        return DECADE;
    }

    /** The date_trunc field name; a constant of this enumeration, safe to write into SQL. */
    public String field() {
        return field;
    }

    /** The first day of the bucket holding {@code day}, as PostgreSQL's date_trunc gives it (weeks start on Monday). */
    public LocalDate truncate(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case YEAR -> day.withDayOfYear(1);
            case DECADE -> LocalDate.of(day.getYear() / 10 * 10, 1, 1);
        };
    }

    /** The last day of the bucket starting on {@code first}. */
    public LocalDate lastDay(LocalDate first) {
        return switch (this) {
            case DAY -> first;
            case WEEK -> first.plusDays(6);
            case MONTH -> first.plusMonths(1).minusDays(1);
            case QUARTER -> first.plusMonths(3).minusDays(1);
            case YEAR -> first.plusYears(1).minusDays(1);
            case DECADE -> first.plusYears(10).minusDays(1);
        };
    }
}
