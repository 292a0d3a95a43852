package org.dossier.importer.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimeExpressionsTest {

    private static TimeExpression at(int start, int end) {
        return new TimeExpression(start, end, "x".repeat(end - start), TimexType.DATE, "2016-10-14", Optional.empty());
    }

    @Test
    void aSentenceGetsTheExpressionsWhollyInsideIt() {
        TimeExpression friday = at(10, 16);
        TimeExpression sunday = at(40, 46);
        TimeExpressions times = new TimeExpressions(List.of(sunday, at(28, 34), friday));
        assertThat(times.within(0, 30)).containsExactly(friday);
        assertThat(times.within(30, 50)).containsExactly(sunday);
        assertThat(times.within(16, 28)).isEmpty();
    }
}
