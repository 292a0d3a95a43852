package org.dossier.web.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.ServiceUnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

    static final String PAGE = "<html><head><title>t</title></head><body><p>Сергей Лавров</p></body></html>";

    @Test
    void aBurstBeyondThePoolAndItsQueueIsRefusedAtOnce() {
        PdfRenderer renderer = new PdfRenderer(config(1, 1, "/usr/share/fonts/truetype/dejavu"));
        List<CompletionStage<byte[]>> accepted = new ArrayList<>();

        assertThatThrownBy(() -> {
            for (int i = 0; i < 20; i++) {
                accepted.add(renderer.render(PAGE));
            }
        }).isInstanceOf(ServiceUnavailableException.class);
        assertThat(accepted).hasSizeBetween(2, 19);
        renderer.stop();
    }

    @Test
    void missingFontsAreNamedWithTheFix() {
        PdfRenderer renderer = new PdfRenderer(config(1, 1, "/no/such/fonts"));

        assertThatThrownBy(() -> renderer.renderNow(PAGE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("fonts-dejavu-core");
        renderer.stop();
    }

    @Test
    void rendersAPdf() {
        PdfRenderer renderer = new PdfRenderer(config(1, 1, "/usr/share/fonts/truetype/dejavu"));

        assertThat(new String(renderer.renderNow(PAGE), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        renderer.stop();
    }

    private static PdfConfig config(int concurrency, int queue, String fonts) {
        return new PdfConfig() {
            @Override
            public int concurrency() {
                return concurrency;
            }

            @Override
            public int queue() {
                return queue;
            }

            @Override
            public String fontDirectory() {
                return fonts;
            }
        };
    }
}
