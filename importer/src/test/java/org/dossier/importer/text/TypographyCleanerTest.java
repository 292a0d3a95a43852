package org.dossier.importer.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypographyCleanerTest {

    private final TypographyCleaner cleaner = new TypographyCleaner();

    @Test
    void curlyQuotesOfEitherDirectionBecomeStraight() {
        assertThat(cleaner.clean("She called it ”a broad deal,” he said.").text()).isEqualTo("She called it \"a broad deal,\" he said.");
    }

    @Test
    void doubledSingleQuotesAreADoubleQuote() {
        CleanText clean = cleaner.clean("''We will not leave,'' the envoy said.");

        assertThat(clean.text()).isEqualTo("\"We will not leave,\" the envoy said.");
        assertThat(clean.originalSpan(1, 17)).containsExactly(2, 18);
    }

    @Test
    void escapedBracketsOfATokenizedCorpusAreBracketsAgain() {
        CleanText clean = cleaner.clean("Cairo -LRB- CNN -RRB- -- Talks resumed, a well-known envoy said.");

        assertThat(clean.text()).isEqualTo("Cairo ( CNN ) -- Talks resumed, a well-known envoy said.");
        assertThat(clean.originalSpan(8, 11)).containsExactly(12, 15);
    }

    @Test
    void apostrophesBecomeStraight() {
        assertThat(cleaner.clean("Syria’s war").text()).isEqualTo("Syria's war");
    }

    @Test
    void aDashBetweenWordsIsSetOffBySpaces() {
        assertThat(cleaner.clean("talks—if any").text()).isEqualTo("talks - if any");
    }

    @Test
    void aDashInARangeStaysTight() {
        assertThat(cleaner.clean("1990–1995").text()).isEqualTo("1990-1995");
    }

    @Test
    void aRunOfSpacesWhereADashWasLostBecomesADash() {
        assertThat(cleaner.clean("to become    as some said    a turning point").text())
                .isEqualTo("to become - as some said - a turning point");
    }

    @Test
    void indentationIsNotMistakenForALostDash() {
        assertThat(cleaner.clean("First line.\n    Second line.").text()).isEqualTo("First line.\n    Second line.");
    }

    @Test
    void spansFoundInTheCleanTextPointAtTheOriginalCharacters() {
        String original = "He said:    ”We agree.”";
        CleanText clean = cleaner.clean(original);
        int start = clean.text().indexOf("We agree.");

        int[] span = clean.originalSpan(start, start + "We agree.".length());

        assertThat(original.substring(span[0], span[1])).isEqualTo("We agree.");
    }

    @Test
    void aSpanCoveringAReplacedMarkCoversTheWholeMark() {
        String original = "a\u2014b";
        CleanText clean = cleaner.clean(original);

        int[] span = clean.originalSpan(0, clean.text().length());

        assertThat(span).containsExactly(0, 3);
    }

    @Test
    void fractionsAreKept() {
        assertThat(cleaner.clean("a war of 5½ years").text()).isEqualTo("a war of 5½ years");
    }
}
