package org.dossier.importer.positions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dossier.importer.extract.Extraction;
import org.dossier.importer.extract.ExtractionPipeline;
import org.junit.jupiter.api.Test;

/** Through the pipeline: positions need the actors found first. */
class PositionFinderTest {

    private final ExtractionPipeline pipeline = new ExtractionPipeline();

    private List<Extraction.Position> positions(String text) {
        return pipeline.extract(text, LocalDate.of(2016, 10, 15)).positions();
    }

    /** Each position as "holder stance issue". */
    private List<String> stances(String text) {
        return positions(text).stream().map(p -> p.actor() + " " + p.stance() + " " + p.issue()).toList();
    }

    @Test
    void callingForSomethingIsDemandingIt() {
        String text = "Nigerian Foreign Minister Amina Okafor called for a ceasefire in the north, officials said.";
        int issue = text.indexOf("a ceasefire");

        assertThat(positions(text)).containsExactly(new Extraction.Position("Amina Okafor", "demands", "a ceasefire in the north",
                new Extraction.Span(issue, issue + "a ceasefire in the north".length()), new Extraction.Span(0, text.length())));
    }

    @Test
    void aPronounSubjectIsThePersonNamedBefore() {
        assertThat(stances("Chilean Foreign Minister Rosa Valdes arrived late. She had no great expectations for the talks."))
                .containsExactly("Rosa Valdes doubts the talks");
    }

    @Test
    void aCountryCanTakeAStanceWithADayBetween() {
        assertThat(stances("Russia on Saturday rejected the proposal."))
                .containsExactly("Russia rejects the proposal");
    }

    @Test
    void aStanceVerbWhoseSubjectIsNoActorIsNoPosition() {
        assertThat(positions("A draft resolution that demanded an end to the bombing was put to a vote.")).isEmpty();
    }

    @Test
    void aPronounOrALoneArticleIsNoIssue() {
        assertThat(positions("Russia on Saturday rejected it.")).isEmpty();
        assertThat(positions("Nigerian Foreign Minister Amina Okafor called for a “fair and lasting” settlement.")).isEmpty();
    }

    @Test
    void aStanceTheSpeakerStatesForTheirSideIsTheSpeakers() {
        assertThat(stances("Nigerian Foreign Minister Amina Okafor said her government supported the quota."))
                .containsExactly("Amina Okafor supports the quota");
    }

    @Test
    void aStanceJoinedByButSharesTheSubjectOfTheSentencesFirstVerb() {
        assertThat(stances("Nigerian Foreign Minister Amina Okafor pledged that the firm would pay but rejected the plan."))
                .containsExactly("Amina Okafor rejects the plan");
    }

    @Test
    void theNameBetweenCommasBeforeTheVerbHoldsTheStance() {
        assertThat(positions("Norway's envoy, Amina Okafor, rejected the plan."))
                .extracting(Extraction.Position::actor).containsExactly("Amina Okafor");
    }

    @Test
    void aNameThatIsOnlyPartOfTheWordsBetweenCommasHoldsNoStance() {
        assertThat(positions("The letter, sent to the chief executive Amina Okafor, rejected the plan.")).isEmpty();
    }

    @Test
    void whoIsCriticisedHoldsNoStance() {
        assertThat(positions("Nigerian Foreign Minister Amina Okafor was criticised for the delay.")).isEmpty();
    }

    @Test
    void theIssueEndsWhereAnotherVerbOfItsHolderBegins() {
        assertThat(positions("Nigerian Foreign Minister Amina Okafor welcomed the truce and called on both sides to open the roads."))
                .extracting(Extraction.Position::issue).containsExactly("the truce");
    }

    @Test
    void theIssueGoesOnPastAndBeforeAnythingElse() {
        assertThat(positions("Nigerian Foreign Minister Amina Okafor blamed bad management and cost cutting."))
                .extracting(Extraction.Position::issue).containsExactly("bad management and cost cutting");
    }
}
