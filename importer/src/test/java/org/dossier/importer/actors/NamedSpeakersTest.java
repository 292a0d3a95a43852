package org.dossier.importer.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dossier.importer.extract.Extraction;
import org.dossier.importer.extract.ExtractionPipeline;
import org.junit.jupiter.api.Test;

class NamedSpeakersTest {

    private static final ExtractionPipeline PIPELINE = new ExtractionPipeline();

    private static Extraction extract(String text) {
        return PIPELINE.extract(text, LocalDate.of(2016, 10, 15));
    }

    private static Optional<Extraction.Actor> actor(Extraction extraction, String name) {
        return extraction.actors().stream().filter(a -> a.name().equals(name)).findFirst();
    }

    private static List<String> speakers(Extraction extraction) {
        return extraction.statements().stream().map(s -> s.speaker() == null ? null : s.speaker().name()).toList();
    }

    @Test
    void aSpeakerNamedWithoutATitleBecomesAPersonWhoKeepsTheStatement() {
        Extraction extraction = extract("“The fleet stays on the ground,” said Jonas Brandt.");

        assertThat(actor(extraction, "Jonas Brandt")).get().extracting(Extraction.Actor::kind).isEqualTo("person");
        assertThat(speakers(extraction)).containsExactly("Jonas Brandt");
    }

    @Test
    void aHeadlineOnTheLineBeforeIsNoPartOfTheSpeakersName() {
        Extraction extraction = extract("Dam to open in May\nRiver Authority chief Amara Okafor said on Friday that the gates were ready.");

        assertThat(extraction.statements()).singleElement().satisfies(statement -> {
            assertThat(statement.speaker().name()).isEqualTo("Amara Okafor");
            assertThat(statement.speaker().mention().start()).isEqualTo("Dam to open in May\n".length());
        });
    }

    @Test
    void aSpeakerWhoseFirstNameIsACountrysIsAPerson() {
        Extraction extraction = extract("The storm will pass by Friday, Jordan Okafor said.");

        assertThat(speakers(extraction)).containsExactly("Jordan Okafor");
        assertThat(actor(extraction, "Jordan")).isEmpty();
    }

    @Test
    void aCourtesyTitleMakesAPersonOfASurnameAndIsNotPartOfTheName() {
        Extraction extraction = extract("“We are sorry,” Mr Brandt said.");

        assertThat(actor(extraction, "Brandt")).get().extracting(Extraction.Actor::kind).isEqualTo("person");
        assertThat(speakers(extraction)).containsExactly("Brandt");
    }

    @Test
    void aSurnameSpeakingLaterIsThePersonNamedInFullEarlier() {
        Extraction extraction = extract("“We wait,” said Jonas Brandt. “Then we fly,” Brandt said.");

        assertThat(actor(extraction, "Jonas Brandt").orElseThrow().mentions()).hasSize(2);
        assertThat(speakers(extraction)).containsExactly("Jonas Brandt", "Jonas Brandt");
    }

    @Test
    void aNameWithAnOrganisationWordOrAnAcronymIsAnOrganisation() {
        Extraction extraction = extract("The water was clean, the Harbour Relief Agency said. The IFRC said it would send tents.");

        assertThat(actor(extraction, "Harbour Relief Agency")).get().extracting(Extraction.Actor::kind).isEqualTo("organisation");
        assertThat(actor(extraction, "IFRC")).get().extracting(Extraction.Actor::kind).isEqualTo("organisation");
    }

    @Test
    void commonNounsPlacesAndALoneUnknownWordNameNobody() {
        Extraction extraction = extract("Officials said the port would reopen. Brandtco said it would appeal. "
                + "Freedom Square said nothing, state TV said.");

        assertThat(extraction.actors()).extracting(Extraction.Actor::name)
                .doesNotContain("Officials", "Brandtco", "Freedom Square", "TV");
    }

    @Test
    void aLoneNameTakenUpByHeOrSheIsAPerson() {
        Extraction extraction = extract("Brandt said he would stay on as chairman.");

        assertThat(actor(extraction, "Brandt")).get().extracting(Extraction.Actor::kind).isEqualTo("person");
        assertThat(speakers(extraction)).containsExactly("Brandt");
    }

    @Test
    void aLoneNameTakenUpByItsIsAnOrganisation() {
        Extraction extraction = extract("Brandtco said its profits had doubled.");

        assertThat(actor(extraction, "Brandtco")).get().extracting(Extraction.Actor::kind).isEqualTo("organisation");
    }

    @Test
    void aCapitalisedWordTheTextAlsoWritesInLowerCaseIsNoName() {
        Extraction extraction = extract("Refugees said he had promised them tents. The refugees waited.");

        assertThat(extraction.actors()).extracting(Extraction.Actor::name).doesNotContain("Refugees");
    }

    @Test
    void aSpeakerAfterAnOrganisationsPossessiveIsThePersonNotTheOrganisation() {
        Extraction extraction = extract("The aircraft maker Helvetia grounded its fleet. Helvetia's Jonas Brandt said the fleet was safe.");

        assertThat(speakers(extraction)).containsExactly("Jonas Brandt");
    }

    @Test
    void aOneWordOrganisationNamedAsASpeakerIsMentionedThroughoutTheArticle() {
        Extraction extraction = extract("The IFRC said it would send tents. Trucks of the IFRC left at dawn. The IFRC's depot is empty.");

        assertThat(actor(extraction, "IFRC").orElseThrow().mentions()).hasSize(3);
    }
}
