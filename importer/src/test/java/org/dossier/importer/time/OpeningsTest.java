package org.dossier.importer.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class OpeningsTest {

    private static final Openings ABOUT_DAYS = new Openings(Pattern.compile("\\b(?:about|some)\\s+\\d+\\s+days\\b", Pattern.CASE_INSENSITIVE));

    @Test
    void aWordWhoseFirstTwoCharactersBeginAMatchMayOpenOne() {
        assertThat(ABOUT_DAYS.mayOpenAt("for about 5 days", 4)).isTrue();
        assertThat(ABOUT_DAYS.mayOpenAt("for Some 5 days", 4)).isTrue();
    }

    @Test
    void aWordThatNoMatchCanBeginWithIsPassedOver() {
        assertThat(ABOUT_DAYS.mayOpenAt("for the 5 days", 4)).isFalse();
        assertThat(ABOUT_DAYS.mayOpenAt("for at 5 days", 4)).isFalse();
    }

    @Test
    void theLastCharacterOfATextIsAlwaysTried() {
        assertThat(ABOUT_DAYS.mayOpenAt("for x", 4)).isTrue();
    }

    @Test
    void aPatternThatLooksBehindItsStartIsAlwaysTried() {
        Openings afterThe = new Openings(Pattern.compile("(?<=\\bthe )future\\b"));

        assertThat(afterThe.mayOpenAt("in the xyz", 7)).isTrue();
    }

    @Test
    void theAnswerForAPairIsTheSameWhenAskedAgain() {
        assertThat(ABOUT_DAYS.mayOpenAt("so", 0)).isTrue();
        assertThat(ABOUT_DAYS.mayOpenAt("so", 0)).isTrue();
        assertThat(ABOUT_DAYS.mayOpenAt("sx", 0)).isFalse();
        assertThat(ABOUT_DAYS.mayOpenAt("sx", 0)).isFalse();
    }
}
