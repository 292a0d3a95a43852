package org.dossier.importer.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DashesTest {

    private final Linguistics linguistics = new Linguistics();
    private final TypographyCleaner cleaner = new TypographyCleaner();

    private List<Token> tokens(String text) {
        return linguistics.analyse(cleaner.clean(text)).sentences().get(0).tokens();
    }

    private int hyphenAfter(List<Token> tokens, String word) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).text().equals(word) && tokens.get(i + 1).text().equals("-")) {
                return i + 1;
            }
        }
        throw new AssertionError("no hyphen after " + word);
    }

    @Test
    void anEmDashBetweenWordsIsADashAfterTheCleanUp() {
        List<Token> tokens = tokens("Okafor \u2014 a teacher \u2014 said the school would open.");

        int dash = hyphenAfter(tokens, "Okafor");
        assertThat(Dashes.isDash(tokens, dash)).isTrue();
        assertThat(Dashes.isJoiningHyphen(tokens, dash)).isFalse();
    }

    @Test
    void aHyphenInsideANameJoinsItsParts() {
        List<Token> tokens = tokens("Amara Mensah-Bonsu said the school would open.");

        int hyphen = hyphenAfter(tokens, "Mensah");
        assertThat(Dashes.isJoiningHyphen(tokens, hyphen)).isTrue();
        assertThat(Dashes.isDash(tokens, hyphen)).isFalse();
    }
}
