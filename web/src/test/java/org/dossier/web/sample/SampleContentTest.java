package org.dossier.web.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.dossier.core.review.ReviewStatus;
import org.dossier.core.story.Story;
import org.dossier.importer.store.ImportSummary;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SampleContentTest {

    @Inject
    SampleContent samples;

    @Inject
    SampleReview review;

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

    @Test
    void theNewestSampleArticleWaitsForReviewWhileTheOthersAreApproved() {
        samples.importSamples();
        review.approveAllButNewest(SampleContent.STORY_SLUG);

        var statuses = QuarkusTransaction.requiringNew().call(() -> org.dossier.core.evidence.Evidence.<org.dossier.core.evidence.Evidence>list(
                "event is not null and source.id in (select s.id from Story st join st.sources s where st.slug = ?1)", SampleContent.STORY_SLUG)
                .stream().collect(java.util.stream.Collectors.groupingBy(e -> e.source.publishedAt,
                        java.util.TreeMap::new, java.util.stream.Collectors.mapping(e -> e.event.status, java.util.stream.Collectors.toSet()))));
        var newest = statuses.lastEntry().getValue();
        assertThat(newest).contains(ReviewStatus.PROPOSED);
        assertThat(statuses.headMap(statuses.lastKey()).values()).allSatisfy(s -> assertThat(s).containsOnly(ReviewStatus.APPROVED));
    }
}
