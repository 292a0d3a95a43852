package org.dossier.web.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTest {

    private static final String ARTICLE = "The envoys met on Monday. They agreed on a plan to reopen the road. Talks resume next week.";

    @Test
    void cutsTheSentenceHoldingTheSpan() {
        int start = ARTICLE.indexOf("agreed");

        Excerpt excerpt = Excerpt.around(ARTICLE, start, start + "agreed on a plan".length());

        assertThat(excerpt).isEqualTo(new Excerpt("…They ", "agreed on a plan", " to reopen the road.…"));
    }

    @Test
    void needsNoEllipsisAtTheEdgesOfTheArticle() {
        Excerpt excerpt = Excerpt.around(ARTICLE, 0, 3);

        assertThat(excerpt.before()).isEmpty();
        assertThat(excerpt.after()).isEqualTo(" envoys met on Monday.…");
    }

    @Test
    void stopsAtALineEnd() {
        String text = "Headline without a full stop\nThe body begins here.";

        Excerpt excerpt = Excerpt.around(text, text.indexOf("body"), text.indexOf("body") + 4);

        assertThat(excerpt.before()).isEqualTo("…The ");
    }

    @Test
    void cutsAVeryLongSentenceAtAWordNearTheSpan() {
        String words = "word ".repeat(200);
        String text = words + "TARGET " + words;
        int start = text.indexOf("TARGET");

        Excerpt excerpt = Excerpt.around(text, start, start + 6);

        assertThat(excerpt.before()).startsWith("…word").hasSizeLessThanOrEqualTo(Excerpt.REACH + 1);
        assertThat(excerpt.after()).endsWith("word …").hasSizeLessThanOrEqualTo(Excerpt.REACH + 2);
    }
}
