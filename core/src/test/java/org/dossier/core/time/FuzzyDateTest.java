package org.dossier.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class FuzzyDateTest {

    @Test
    void aDayDisplaysAsDayMonthYear() {
        assertThat(FuzzyDate.onDay(LocalDate.of(2016, 10, 14)).display()).isEqualTo("14 Oct 2016");
    }

    @Test
    void aMonthCoversTheWholeMonthAndDisplaysWithoutADay() {
        FuzzyDate october = FuzzyDate.inMonth(YearMonth.of(2016, 10));

        assertThat(october.start()).isEqualTo(LocalDate.of(2016, 10, 1));
        assertThat(october.end()).isEqualTo(LocalDate.of(2016, 10, 31));
        assertThat(october.display()).isEqualTo("Oct 2016");
    }

    @Test
    void aYearDisplaysAsTheYearAlone() {
        assertThat(FuzzyDate.inYear(Year.of(2016)).display()).isEqualTo("2016");
    }

    @Test
    void aWeekRunsMondayToSundayAroundTheGivenDay() {
        FuzzyDate week = FuzzyDate.inWeekOf(LocalDate.of(2016, 10, 14));

        assertThat(week.start()).isEqualTo(LocalDate.of(2016, 10, 10));
        assertThat(week.end()).isEqualTo(LocalDate.of(2016, 10, 16));
        assertThat(week.timexValue()).isEqualTo("2016-W41");
    }

    @Test
    void aQuarterCoversThreeMonths() {
        FuzzyDate q4 = FuzzyDate.inQuarter(2016, 4);

        assertThat(q4.start()).isEqualTo(LocalDate.of(2016, 10, 1));
        assertThat(q4.end()).isEqualTo(LocalDate.of(2016, 12, 31));
        assertThat(q4.display()).isEqualTo("Q4 2016");
        assertThat(q4.timexValue()).isEqualTo("2016-Q4");
    }

    @Test
    void aRangeOfDaysInOneMonthDisplaysCompactly() {
        assertThat(FuzzyDate.days(LocalDate.of(2016, 10, 3), LocalDate.of(2016, 10, 5)).display())
                .isEqualTo("3–5 Oct 2016");
    }

    @Test
    void aRangeAcrossMonthsNamesBothMonths() {
        assertThat(FuzzyDate.days(LocalDate.of(2016, 9, 30), LocalDate.of(2016, 10, 2)).display())
                .isEqualTo("30 Sep – 2 Oct 2016");
    }

    @Test
    void timexValuesFollowThePrecision() {
        assertThat(FuzzyDate.onDay(LocalDate.of(2016, 10, 14)).timexValue()).isEqualTo("2016-10-14");
        assertThat(FuzzyDate.inMonth(YearMonth.of(2016, 10)).timexValue()).isEqualTo("2016-10");
        assertThat(FuzzyDate.inYear(Year.of(2016)).timexValue()).isEqualTo("2016");
    }

    @Test
    void aTimexValueReadsBackAsTheSamePeriod() {
        for (FuzzyDate date : java.util.List.of(FuzzyDate.onDay(LocalDate.of(2016, 10, 14)), FuzzyDate.inWeekOf(LocalDate.of(2016, 10, 14)),
                FuzzyDate.inMonth(YearMonth.of(2016, 10)), FuzzyDate.inQuarter(2016, 4), FuzzyDate.inYear(Year.of(2016)))) {
            assertThat(FuzzyDate.ofTimexValue(date.timexValue())).isEqualTo(date);
        }
    }

    @Test
    void aValueThatNamesNoCalendarPeriodIsRefused() {
        assertThatThrownBy(() -> FuzzyDate.ofTimexValue("PAST_REF")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPeriodCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> FuzzyDate.days(LocalDate.of(2016, 10, 5), LocalDate.of(2016, 10, 3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot end");
    }

    @Test
    void anEarlierStartSortsFirstAndTheShorterPeriodBreaksTies() {
        FuzzyDate day = FuzzyDate.onDay(LocalDate.of(2016, 10, 1));
        FuzzyDate month = FuzzyDate.inMonth(YearMonth.of(2016, 10));
        FuzzyDate september = FuzzyDate.inMonth(YearMonth.of(2016, 9));

        assertThat(java.util.stream.Stream.of(month, day, september).sorted()).containsExactly(september, day, month);
    }

    @Test
    void overlapsAnyWindowThatSharesADay() {
        FuzzyDate october = FuzzyDate.inMonth(YearMonth.of(2016, 10));

        assertThat(october.overlaps(LocalDate.of(2016, 10, 31), LocalDate.of(2016, 11, 5))).isTrue();
        assertThat(october.overlaps(LocalDate.of(2016, 11, 1), LocalDate.of(2016, 11, 5))).isFalse();
    }
}
