package org.dossier.web.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BucketTest {

    @Test
    void choosesTheSmallestPeriodThatKeepsTheCountOfClustersDrawable() {
        assertThat(Bucket.fitting(LocalDate.of(2016, 10, 1), LocalDate.of(2016, 12, 31))).isEqualTo(Bucket.DAY);
        assertThat(Bucket.fitting(LocalDate.of(2016, 1, 1), LocalDate.of(2017, 12, 31))).isEqualTo(Bucket.WEEK);
        assertThat(Bucket.fitting(LocalDate.of(2010, 1, 1), LocalDate.of(2016, 12, 31))).isEqualTo(Bucket.MONTH);
        assertThat(Bucket.fitting(LocalDate.of(1900, 1, 1), LocalDate.of(2016, 12, 31))).isEqualTo(Bucket.YEAR);
    }

    @Test
    void knowsTheLastDayOfEachPeriod() {
        assertThat(Bucket.MONTH.lastDay(LocalDate.of(2016, 2, 1))).isEqualTo(LocalDate.of(2016, 2, 29));
        assertThat(Bucket.WEEK.lastDay(LocalDate.of(2016, 10, 10))).isEqualTo(LocalDate.of(2016, 10, 16));
        assertThat(Bucket.QUARTER.lastDay(LocalDate.of(2016, 10, 1))).isEqualTo(LocalDate.of(2016, 12, 31));
    }

    @Test
    void truncatesADayAsPostgresDateTruncDoes() {
        LocalDate friday = LocalDate.of(2016, 10, 14);

        assertThat(Bucket.WEEK.truncate(friday)).isEqualTo(LocalDate.of(2016, 10, 10));
        assertThat(Bucket.QUARTER.truncate(friday)).isEqualTo(LocalDate.of(2016, 10, 1));
        assertThat(Bucket.DECADE.truncate(friday)).isEqualTo(LocalDate.of(2010, 1, 1));
    }
}
