package org.dossier.importer.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    @Test
    void utf8TextIsReadAsIs() throws Exception {
        assertThat(TextDecoder.decode("a.txt", "Lavrov — Лавров".getBytes(StandardCharsets.UTF_8))).isEqualTo("Lavrov — Лавров");
    }

    @Test
    void aByteOrderMarkIsDropped() throws Exception {
        assertThat(TextDecoder.decode("a.txt", "\uFEFFTalks".getBytes(StandardCharsets.UTF_8))).isEqualTo("Talks");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> TextDecoder.decode("a.txt", new byte[0])).hasMessage("empty file");
    }

    @Test
    void aFileOfWhiteSpaceIsRefusedAsEmpty() {
        assertThatThrownBy(() -> TextDecoder.decode("a.txt", " \n\t ".getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("empty file");
    }

    @Test
    void aBinaryFileIsRefused() {
        assertThatThrownBy(() -> TextDecoder.decode("a.txt", new byte[] {'P', 'K', 3, 4, 0, 0}))
                .hasMessageStartingWith("binary file");
    }

    @Test
    void latin1TextIsRefusedWithTheOffsetOfTheBadByte() {
        byte[] latin1 = "Caf\u00e9 talks".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> TextDecoder.decode("a.txt", latin1))
                .isInstanceOf(UnreadableArticleException.class)
                .hasMessageContaining("not UTF-8")
                .hasMessageContaining("offset 3");
    }
}
