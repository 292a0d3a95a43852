package org.dossier.web.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkedTextTest {

    private static final String TEXT = "Ms Diaz said the talks would go on.";
    private static final FactSpan NAME = new FactSpan(3, 7, "actor", "person: Diaz", "/actors/1");
    private static final FactSpan QUOTE = new FactSpan(0, 35, "statement", "statement by Diaz", "/statements/2");

    @Test
    void keepsTheTextWholeAcrossItsRuns() {
        MarkedText marked = MarkedText.of(TEXT, List.of(NAME, QUOTE));

        assertThat(marked.runs().stream().map(MarkedText.Run::text).reduce("", String::concat)).isEqualTo(TEXT);
    }

    @Test
    void aNestedSpanLinksToTheInnermostFactAndNamesBoth() {
        MarkedText marked = MarkedText.of(TEXT, List.of(QUOTE, NAME));

        MarkedText.Run name = marked.runs().stream().filter(r -> r.text().equals("Diaz")).findFirst().orElseThrow();
        assertThat(name.primary()).isEqualTo(NAME);
        assertThat(name.label()).isEqualTo("person: Diaz; statement by Diaz");
        assertThat(name.kinds()).isEqualTo("fact--actor fact--statement");
    }

    @Test
    void anchorsEachSpanWhereItBegins() {
        MarkedText marked = MarkedText.of(TEXT, List.of(QUOTE, NAME));

        assertThat(marked.runs().get(0).anchors()).containsExactly("span-0-35");
        assertThat(marked.runs().get(1).anchors()).containsExactly("span-3-7");
    }

    @Test
    void leavesUnmarkedTextPlain() {
        MarkedText marked = MarkedText.of(TEXT + " Then rain.", List.of(QUOTE));

        assertThat(marked.runs().get(marked.runs().size() - 1).isMarked()).isFalse();
    }

    @Test
    void ignoresASpanOutsideTheText() {
        MarkedText marked = MarkedText.of(TEXT, List.of(new FactSpan(30, 99, "event", "x", "/events/3")));

        assertThat(marked.runs()).hasSize(1).allMatch(r -> !r.isMarked());
    }
}
