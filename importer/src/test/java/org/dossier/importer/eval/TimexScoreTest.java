package org.dossier.importer.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimexScoreTest {

    @Test
    void strictNeedsTheSameSpanAndRelaxedAnOverlap() {
        TimexScore score = new TimexScore();
        score.add(List.of(new TimeMlDocument.Timex(0, 10, "DATE", "2016-10")),
                List.of(new TimexScore.Found(5, 10, "DATE", "2016-10")));

        assertThat(score.strictF1()).isZero();
        assertThat(score.relaxedF1()).isEqualTo(1.0);
        assertThat(score.valueF1()).isEqualTo(1.0);
    }

    @Test
    void aWrongValueCostsValueF1Only() {
        TimexScore score = new TimexScore();
        score.add(List.of(new TimeMlDocument.Timex(0, 6, "DATE", "2016-10-14"), new TimeMlDocument.Timex(10, 16, "DATE", "2016-10-13")),
                List.of(new TimexScore.Found(0, 6, "DATE", "2016-10-14"), new TimexScore.Found(10, 16, "DATE", "2016-10-20")));

        assertThat(score.relaxedF1()).isEqualTo(1.0);
        assertThat(score.valueF1()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void missesAndFalseAlarmsLowerRecallAndPrecision() {
        TimexScore score = new TimexScore();
        score.add(List.of(new TimeMlDocument.Timex(0, 6, "DATE", "a"), new TimeMlDocument.Timex(10, 16, "DATE", "b")),
                List.of(new TimexScore.Found(0, 6, "DATE", "a"), new TimexScore.Found(20, 26, "DATE", "c"), new TimexScore.Found(30, 36, "DATE", "d")));

        assertThat(score.relaxedRecall()).isEqualTo(0.5);
        assertThat(score.relaxedPrecision()).isCloseTo(1 / 3.0, within(1e-9));
    }
}
