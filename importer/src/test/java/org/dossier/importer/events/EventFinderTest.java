package org.dossier.importer.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dossier.importer.extract.Extraction;
import org.dossier.importer.extract.ExtractionPipeline;
import org.junit.jupiter.api.Test;

/** Through the pipeline: events need times and actors first. */
class EventFinderTest {

    private final ExtractionPipeline pipeline = new ExtractionPipeline();

    private List<Extraction.Event> events(String text) {
        return pipeline.extract(text, LocalDate.of(2016, 10, 15)).events();
    }

    @Test
    void aSentenceWithADayAndAnActorIsAnEventAtThatDay() {
        assertThat(events("Russia vetoed the draft resolution on Saturday."))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.date()).isEqualTo("2016-10-15");
                    assertThat(event.precision()).isEqualTo("day");
                    assertThat(event.kind()).isEqualTo("diplomatic_step");
                    assertThat(event.actors()).containsExactly("Russia");
                    assertThat(event.summary()).isEqualTo("Russia vetoed the draft resolution on Saturday.");
                });
    }

    @Test
    void aMonthKeepsMonthPrecision() {
        assertThat(events("Nigeria suspended its aid convoys this month.")).singleElement()
                .satisfies(event -> {
                    assertThat(event.date()).isEqualTo("2016-10");
                    assertThat(event.precision()).isEqualTo("month");
                    assertThat(event.kind()).isEqualTo("humanitarian");
                });
    }

    @Test
    void aPlanForTheFutureIsNotAnEventYet() {
        assertThat(events("Nigeria will suspend its aid convoys on Monday.")).isEmpty();
    }

    @Test
    void aSentenceNamingNoActorIsNoEvent() {
        assertThat(events("Prices rose on Friday.")).isEmpty();
    }

    @Test
    void theAgencyOfADatelineTakesNoPartInTheEvent() {
        assertThat(events("ABUJA (Reuters) - Nigeria suspended its aid convoys on Friday.")).singleElement()
                .satisfies(event -> assertThat(event.actors()).containsExactly("Nigeria"));
    }
}
