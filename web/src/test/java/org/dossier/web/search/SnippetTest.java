package org.dossier.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.dossier.web.search.Snippet.Fragment;
import org.junit.jupiter.api.Test;

class SnippetTest {

    @Test
    void splitsMarkedWordsFromTheRest() {
        Snippet snippet = Snippet.parse("talks in " + Snippet.START + "Lausanne" + Snippet.STOP + " ended");

        assertThat(snippet.fragments()).containsExactly(new Fragment("talks in ", false), new Fragment("Lausanne", true), new Fragment(" ended", false));
    }

    @Test
    void keepsMarkupFromTheDatabaseAsText() {
        Snippet snippet = Snippet.parse("<b>" + Snippet.START + "x" + Snippet.STOP);

        assertThat(snippet.fragments()).containsExactly(new Fragment("<b>", false), new Fragment("x", true));
    }
}
