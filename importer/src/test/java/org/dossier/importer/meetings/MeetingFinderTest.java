package org.dossier.importer.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dossier.importer.extract.Extraction;
import org.dossier.importer.extract.ExtractionPipeline;
import org.junit.jupiter.api.Test;

/** Through the pipeline, as meetings are found in practice (they need times and actors first). */
class MeetingFinderTest {

    private static final LocalDate SATURDAY = LocalDate.of(2016, 10, 15);
    private final ExtractionPipeline pipeline = new ExtractionPipeline();

    private List<Extraction.Meeting> meetings(String text) {
        return pipeline.extract(text, SATURDAY).meetings();
    }

    @Test
    void aMeetingInTheLeadIsDatedByThePublication() {
        List<Extraction.Meeting> found = meetings(
                "The Geneva meeting between Nigerian Foreign Minister Amina Okafor and Chilean Foreign Minister Rosa Valdes ended without a deal.");

        assertThat(found).singleElement().satisfies(meeting -> {
            assertThat(meeting.place()).isEqualTo("Geneva");
            assertThat(meeting.date()).isEqualTo("2016-10-15");
            assertThat(meeting.participants()).contains("Amina Okafor", "Rosa Valdes", "Nigeria", "Chile");
        });
    }

    @Test
    void aMeetingAheadTakesTheDayOfItsSentence() {
        List<Extraction.Meeting> found = meetings("Talks resumed. In other news, prices rose. "
                + "Nigerian Foreign Minister Amina Okafor will travel to Paris for talks Sunday with Chilean Foreign Minister Rosa Valdes.");

        assertThat(found).singleElement().satisfies(meeting -> {
            assertThat(meeting.summary()).isEqualTo("Talks in Paris");
            assertThat(meeting.date()).isEqualTo("2016-10-16");
        });
    }

    @Test
    void whatTheTalksAreAboutIsNotAParticipant() {
        List<Extraction.Meeting> found = meetings(
                "Nigerian Foreign Minister Amina Okafor and Chilean Foreign Minister Rosa Valdes met in Geneva on Friday to discuss the war in Syria.");

        assertThat(found).singleElement().satisfies(meeting -> assertThat(meeting.participants()).doesNotContain("Syria"));
    }

    @Test
    void aMeetingWithoutADayIsNotProposed() {
        // Past the lead, with no day in its sentence: the timeline would have to guess.
        assertThat(meetings("Prices rose. Markets fell. "
                + "Nigerian Foreign Minister Amina Okafor and Chilean Foreign Minister Rosa Valdes met in Geneva.")).isEmpty();
    }

    @Test
    void howTheMeetingEndedIsItsOutcome() {
        Extraction.Meeting meeting = meetings("Talks in Geneva between Nigerian Foreign Minister Amina Okafor and Chilean Foreign Minister "
                + "Rosa Valdes ended without a deal on Friday.").get(0);

        assertThat(meeting.date()).isEqualTo("2016-10-14");
        assertThat(meeting.outcome()).isEqualTo("ended without a deal");
    }

    @Test
    void aResultReachedIsAnOutcomeAndAFailureTooWithItsNegation() {
        assertThat(meetings("The summit in Nairobi between Nigerian Foreign Minister Amina Okafor and Chilean Foreign Minister "
                + "Rosa Valdes failed to reach an agreement on fishing rights, officials said.").get(0).outcome())
                .isEqualTo("failed to reach an agreement on fishing rights");
        assertThat(meetings("The Geneva talks between Nigerian Foreign Minister Amina Okafor and Chilean Foreign Minister "
                + "Rosa Valdes did not produce a joint statement.").get(0).outcome())
                .isEqualTo("did not produce a joint statement");
    }

    @Test
    void aResultStillAheadIsNoOutcome() {
        assertThat(meetings("Nigerian Foreign Minister Amina Okafor and Chilean Foreign Minister Rosa Valdes met in Geneva. "
                + "Both said that if the Geneva talks ended without a deal, the fishing dispute would go to court.").get(0).outcome())
                .isNull();
    }

    @Test
    void anOutcomeToldOfTheDaysTalksWithoutAPlaceIsTheDaysMeetings() {
        Extraction.Meeting meeting = meetings("Talks on the fishing dispute have ended with no breakthrough. The Geneva meeting brought "
                + "together Nigerian Foreign Minister Amina Okafor and Chilean Foreign Minister Rosa Valdes.").get(0);

        assertThat(meeting.place()).isEqualTo("Geneva");
        assertThat(meeting.outcome()).isEqualTo("ended with no breakthrough");
        assertThat(meeting.evidence()).hasSize(2);
    }
}
