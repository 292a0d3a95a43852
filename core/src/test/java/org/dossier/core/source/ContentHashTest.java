package org.dossier.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentHashTest {

    @Test
    void lineEndingsAndIndentationDoNotChangeTheHash() {
        assertThat(ContentHash.of("Talks resumed.\r\n  They failed.\n")).isEqualTo(ContentHash.of("Talks resumed.\nThey failed."));
    }

    @Test
    void differentWordsGiveDifferentHashes() {
        assertThat(ContentHash.of("Talks resumed.")).isNotEqualTo(ContentHash.of("Talks stalled."));
    }

    @Test
    void theHashIsSixtyFourHexDigits() {
        assertThat(ContentHash.of("x")).matches("[0-9a-f]{64}");
    }
}
