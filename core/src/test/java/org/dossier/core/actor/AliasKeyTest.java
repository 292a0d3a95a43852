package org.dossier.core.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AliasKeyTest {

    @Test
    void caseAccentsAndSpacingDoNotMatter() {
        assertThat(AliasKey.of("  Sergéy   LAVROV ")).isEqualTo(AliasKey.of("Sergey Lavrov")).isEqualTo("sergey lavrov");
    }

    @Test
    void punctuationIsFolded() {
        assertThat(AliasKey.of("U.N.")).isEqualTo("u n");
        assertThat(AliasKey.of("al-Assad")).isEqualTo(AliasKey.of("al Assad"));
    }

    @Test
    void aLeadingArticleIsDropped() {
        assertThat(AliasKey.of("The State Department")).isEqualTo(AliasKey.of("State Department"));
    }

    @Test
    void nonLatinScriptsKeepTheirLetters() {
        assertThat(AliasKey.of("Сергей Лавров")).isEqualTo("сергей лавров");
    }
}
