package org.dossier.web.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.dossier.core.story.Story;
import org.dossier.importer.store.ImportSummary;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SampleContentTest {

    @Inject
    SampleContent samples;

    @Test
    void theSampleStoryImportsOnceAndThenIsFoundPresent() {
        ImportSummary first = samples.importSamples();
        ImportSummary second = samples.importSamples();

        assertThat(first.failures()).isEmpty();
        assertThat(first.imported() + first.alreadyPresent()).isEqualTo(6);
        assertThat(second.imported()).isZero();
        assertThat(second.alreadyPresent()).isEqualTo(6);
        int filed = QuarkusTransaction.requiringNew().call(() -> Story.findBySlug(SampleContent.STORY_SLUG).orElseThrow().sources.size());
        assertThat(filed).isEqualTo(6);
    }
}
