package org.dossier.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import org.dossier.core.event.Event;
import org.dossier.core.event.EventKind;
import org.dossier.core.source.Source;
import org.dossier.core.time.FuzzyDate;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestTransaction
class EvidenceLedgerTest {

    private static final String TEXT = "The envoys met in Geneva on Monday. They agreed on nothing.";

    @Inject
    EvidenceLedger ledger;

    Source source;
    Event meeting;

    // Not @BeforeEach: @TestTransaction rolls back what a @BeforeEach method persists before the test runs.
    private void aSourceAndAnEvent() {
        source = Source.of("Envoys meet", TEXT + " #" + System.nanoTime(), Instant.parse("2016-10-12T09:00:00Z"));
        source.persist();
        meeting = Event.of(EventKind.MEETING, "Envoys met in Geneva", FuzzyDate.onDay(LocalDate.of(2016, 10, 10)),
                source.publishedAt);
        meeting.persist();
    }

    @Test
    void evidenceKeepsTheExactCharactersOfItsSource() {
        aSourceAndAnEvent();
        Evidence evidence = ledger.attach(meeting, source, new Span(4, 34), "The envoys met in Geneva on Monday.");

        assertThat(evidence.quote()).isEqualTo("envoys met in Geneva on Monday");
        assertThat(ledger.of(meeting)).containsExactly(evidence);
    }

    @Test
    void attachingTheSameSpanTwiceRecordsItOnce() {
        aSourceAndAnEvent();
        Evidence first = ledger.attach(meeting, source, new Span(4, 34), "The envoys met in Geneva on Monday.");
        Evidence second = ledger.attach(meeting, source, new Span(4, 34), "The envoys met in Geneva on Monday.");

        assertThat(second.id).isEqualTo(first.id);
        assertThat(ledger.of(meeting)).hasSize(1);
    }

    @Test
    void aSpanOutsideTheSourceIsRefused() {
        aSourceAndAnEvent();
        assertThatThrownBy(() -> ledger.attach(meeting, source, new Span(4, 10_000), "?"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside");
    }

    @Test
    void theEventsWeightIsTheNumberOfDistinctSources() {
        aSourceAndAnEvent();
        Source other = Source.of("Geneva talks", "Envoys met in Geneva. #" + System.nanoTime(), Instant.parse("2016-10-11T09:00:00Z"));
        other.persist();
        ledger.attach(meeting, source, new Span(4, 34), "The envoys met in Geneva on Monday.");
        ledger.attach(meeting, source, new Span(36, 58), "They agreed on nothing.");
        ledger.attach(meeting, other, new Span(0, 20), "Envoys met in Geneva.");

        assertThat(ledger.sourceCount(meeting)).isEqualTo(2);
    }

    @Test
    void evidenceForANewSourceIsRecordedOncePerSpanWithoutLookingUp() {
        aSourceAndAnEvent();
        NewSourceEvidence proof = ledger.forNewSource(source);

        proof.attach(meeting, new Span(4, 34), "The envoys met in Geneva on Monday.");
        proof.attach(meeting, new Span(4, 34), "The envoys met in Geneva on Monday.");
        proof.attach(meeting, new Span(36, 58), "They agreed on nothing.");
        proof.recordAll();

        assertThat(ledger.of(meeting)).extracting(Evidence::quote)
                .containsExactly("envoys met in Geneva on Monday", "They agreed on nothing");
    }

    @Test
    void aSpanMustBeNonEmpty() {
        assertThatThrownBy(() -> new Span(5, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
