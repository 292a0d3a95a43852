package org.dossier.importer.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.Test;

class ChunkTokenizerTest {

    private static final TokenizerModel MODEL = Linguistics.TOKENS;

    private static final List<String> SENTENCES = List.of(
            "The U.S. envoy said: \"We don't expect a breakthrough.\"",
            "Rep. Jane Doe (D-Mass.) said the talks, held in Lausanne, were \"useful\" -- for now.",
            "Kerry's aides said 1,200 people, or 40%, had left by 5 p.m. on Oct. 14.",
            "A   sentence\twith  odd   spacing and x",
            " A line\nbreak, a non\u00A0breaking space and\u2009a thin one ");

    @Test
    void splitsAsOpenNlpsTokenizerDoes() {
        TokenizerME openNlp = new TokenizerME(MODEL) {
            @Override
            public boolean useAlphaNumericOptimization() {
                return true;
            }
        };
        ChunkTokenizer tokenizer = new ChunkTokenizer(MODEL);
        for (String sentence : SENTENCES) {
            assertThat(tokenizer.tokenizePos(sentence)).as(sentence).containsExactly(openNlp.tokenizePos(sentence));
        }
    }

    @Test
    void aHyphenSplitFromTheFirstWordOfAHyphenatedWordIsSplitFromTheSecondToo() {
        ChunkTokenizer tokenizer = new ChunkTokenizer(MODEL);
        String sentence = "Melissa Mark-Viverito met Wealth-X.";

        assertThat(tokenizer.tokenizePos(sentence)).extracting(span -> span.getCoveredText(sentence).toString())
                .containsSubsequence("Mark", "-", "Viverito").containsSubsequence("Wealth", "-", "X");
    }

    @Test
    void aRecurringChunkSplitsTheSameWayEachTime() {
        ChunkTokenizer tokenizer = new ChunkTokenizer(MODEL);
        String sentence = "He said. She said.";

        assertThat(tokenizer.tokenizePos(sentence)).containsExactly(tokenizer.tokenizePos(sentence));
        assertThat(tokenizer.tokenizePos(sentence)).hasSize(6);
    }
}
